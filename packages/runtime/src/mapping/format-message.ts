import { redactSecrets } from './redact-secrets.ts';

type Part = string | { key: 'value' | 'path' | 'host' };
const compiled = new Map<string, Part[]>();

/**
 * Fills `{value}`, `{path}`, `{host}` placeholders of a rule message. Values are shown JSON-quoted and cut
 * short; the whole message is redacted (redactSecrets), since diagnostics, TODO text and reports end up in logs.
 */
export function formatMessage(
  template: string,
  vars: { value?: unknown; path?: string; host?: string },
): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template
      .split(/(\{(?:value|path|host)\})/)
      .map((s) =>
        /^\{(value|path|host)\}$/.test(s) ? { key: s.slice(1, -1) as 'value' | 'path' | 'host' } : s,
      );
    compiled.set(template, parts);
  }
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.key === 'value') out += showValue(vars.value);
    else out += vars[part.key] ?? `{${part.key}}`;
  }
  return redactSecrets(out);
}

function showValue(value: unknown): string {
  if (value === undefined) return 'unset';
  if (typeof value === 'string') {
    // Presigned URLs carry credentials in the query: never echo it into a diagnostic (they end up in logs).
    const text = redactSecrets(HTTP_URL.test(value) ? withoutQuery(value) : value);
    return text.length > 80 ? `${JSON.stringify(text.slice(0, 76))}...` : JSON.stringify(text);
  }
  const text = redactSecrets(JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const HTTP_URL = /^\s*https?:\/\//i;

function withoutQuery(url: string): string {
  const q = url.indexOf('?');
  const h = url.indexOf('#');
  const cut = q === -1 ? h : h === -1 ? q : Math.min(q, h);
  return cut === -1 ? url : `${url.slice(0, cut)}?…`;
}
