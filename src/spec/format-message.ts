type Part = string | { key: 'value' | 'path' | 'host' };
const compiled = new Map<string, Part[]>();

/** Fills `{value}`, `{path}`, `{host}` placeholders of a rule message. Values are shown JSON-quoted and cut short. */
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
  return out;
}

function showValue(value: unknown): string {
  if (value === undefined) return 'unset';
  // Presigned URLs carry credentials in the query: never echo it into a diagnostic (they end up in logs).
  if (typeof value === 'string' && /^\s*https?:\/\/[^?#]*[?#]/i.test(value))
    value = value.replace(/[?#][\s\S]*$/, '?…');
  if (typeof value === 'string' && value.length > 80) return `${JSON.stringify(value.slice(0, 76))}...`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
