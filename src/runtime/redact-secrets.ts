import { decodeUriComponentSafely } from './decode-uri-component-safely.ts';
import { AUTH_SCHEME, SECRET_PATH_PREFIXES, SECRET_QUERY_PARAMS } from '../spec/transport.ts';

export const REDACTED = '[REDACTED]';

const QUERY_PARAM = /([?&;])([^=&#\s"'<>]+)=([^&#\s"'<>]*)/g;
const BEARER = new RegExp(`\\b(${AUTH_SCHEME})\\s+[A-Za-z0-9\\-._~+/]+=*`, 'gi');
const HEADER_LINE = /\b(authorization|x-api-key|proxy-authorization)(["']?\s*[:=]\s*["']?)([^\s"',}]+)/gi;
const SECRET_PARAMS = new Set(SECRET_QUERY_PARAMS);

/**
 * Removes credentials from any text: `Bearer <token>`, `authorization: …` / `x-api-key: …` pairs, the values
 * of presigned-URL signature and token query parameters, Dropbox link tokens, and every literal value in
 * `known` (the client's API key and tokens).
 */
export function redactSecrets(text: string, known: Iterable<string> = []): string {
  let out = text;
  for (const secret of known) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(BEARER, `$1 ${REDACTED}`);
  out = out.replace(HEADER_LINE, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`);
  out = out.replace(QUERY_PARAM, (match, lead: string, name: string) =>
    SECRET_PARAMS.has(decodeUriComponentSafely(name).toLowerCase()) ? `${lead}${name}=${REDACTED}` : match,
  );
  for (const prefix of SECRET_PATH_PREFIXES) {
    out = out
      .split(prefix)
      .map((part, i) => (i === 0 ? part : part.replace(/^[^/?#\s"']+/, REDACTED)))
      .join(prefix);
  }
  return out;
}
