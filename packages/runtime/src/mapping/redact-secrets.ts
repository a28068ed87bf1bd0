import { AUTH_SCHEME, SECRET_HEADERS, SECRET_PATH_PREFIXES, SECRET_QUERY_PARAMS } from './transport.ts';

/** What replaces every secret in text the tool prints, logs or answers with. */
export const REDACTED = '[REDACTED]';

/** `scheme://userinfo@`: greedy up to the last `@` of the authority, as URL parsers read it. */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"'`<>\\]*@/gi;
const AUTH_VALUE = new RegExp(`\\b(${AUTH_SCHEME}|Basic)\\s+[A-Za-z0-9\\-._~+/]+=*`, 'gi');
/** Credentials written as `name: value` / `"name":"value"` / `name=value` (headers, JSON, logs). */
const CREDENTIAL_NAMES = [
  ...SECRET_HEADERS,
  'api[-_]?key',
  'access[-_]?token',
  'refresh[-_]?token',
  'id[-_]?token',
  'client[-_]?secret',
  'password',
  'x-amz-security-token',
];
const NAMED_VALUE = new RegExp(
  `(^|[^A-Za-z0-9_-])(${CREDENTIAL_NAMES.join('|')})(["']?\\s*[:=]\\s*["']?)([^\\s"',;}&]+)`,
  'gi',
);
/** curl/wget credentials on a command line: `-u user:password`, `--user=…`, `--password …`. */
const CLI_CREDENTIAL = /(\s(?:-u|--user|--password|--proxy-user)(?:\s+|=)|\s-u)(["']?)[^\s"']+/g;
/** A query string: from `?` to the first character that cannot be part of a URL in running text. */
const QUERY = /\?([^\s"'`<>#\\]*)/g;
/** A lone `name=value` pair of a query string quoted without its `?` (e.g. `…&sig=…`). */
const PAIR = /(^|[?&;\s])([^=&#\s"'<>]+)=([^&#\s"'<>]*)/g;
const SECRET_PARAMS = new Set(SECRET_QUERY_PARAMS);

/**
 * THE redaction of the tool: every text that leaves it (translator diagnostics, codemod TODO text, check
 * reports, runtime errors and log events, emulator answers and logs) goes through here. Removes
 * - every literal value in `known` (the client's API key and tokens);
 * - URL userinfo (`https://user:password@host` → `https://[REDACTED]@host`);
 * - signed query strings: when a query has a signature or token parameter (S3 `X-Amz-*`, GCS `X-Goog-*`,
 *   Azure SAS `sig`, OAuth-style `token`/`access_token`, or any `…signature`/`…token`/`…secret` name), the
 *   value of EVERY parameter of that query is masked (Azure's `se`/`sp`/`sv` included); lone secret pairs too;
 * - `Bearer`/`Basic` credentials and `Authorization` / `x-api-key` / `api_key` / `password`… values;
 * - curl-style `-u user:password` / `--user=…`;
 * - Dropbox-style link tokens in paths (`/apitul/1/<token>`).
 * Keeps everything else (hosts, paths, parameter names), so the text stays useful.
 */
export function redactSecrets(text: string, known: Iterable<string> = []): string {
  let out = text;
  for (const secret of known) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(USERINFO, `$1${REDACTED}@`);
  out = out.replace(CLI_CREDENTIAL, `$1$2${REDACTED}`);
  out = out.replace(QUERY, (match, query: string) =>
    query.split(/[&;]/).some((pair) => isSecretParam(pair.split('=')[0]!))
      ? `?${query.replace(/([^&;=]+)=[^&;]*/g, (pair, name: string) => `${name}=${REDACTED}`)}`
      : match,
  );
  out = out.replace(PAIR, (match, lead: string, name: string, value: string) =>
    value !== '' && value !== REDACTED && isSecretParam(name) ? `${lead}${name}=${REDACTED}` : match,
  );
  out = out.replace(AUTH_VALUE, `$1 ${REDACTED}`);
  out = out.replace(NAMED_VALUE, (match, lead: string, name: string, sep: string, value: string) =>
    value.startsWith(REDACTED) || /^(bearer|basic)$/i.test(value) ? match : `${lead}${name}${sep}${REDACTED}`,
  );
  for (const prefix of SECRET_PATH_PREFIXES) {
    out = out
      .split(prefix)
      .map((part, i) => (i === 0 ? part : part.replace(/^[^/?#\s"']+/, REDACTED)))
      .join(prefix);
  }
  return out;
}

function isSecretParam(raw: string): boolean {
  const name = safeDecode(raw).toLowerCase();
  return (
    SECRET_PARAMS.has(name) ||
    /^x-(amz|goog)-/.test(name) ||
    /(signature|token|secret|password|credential|[-_]key)$/.test(name)
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
