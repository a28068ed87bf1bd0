/** Fills `{value}`, `{path}`, `{host}` placeholders of a rule message. Values are shown JSON-quoted and cut short. */
export function formatMessage(
  template: string,
  vars: { value?: unknown; path?: string; host?: string },
): string {
  return template.replace(/\{(value|path|host)\}/g, (_, key: 'value' | 'path' | 'host') => {
    if (key === 'value') return showValue(vars.value);
    return vars[key] ?? `{${key}}`;
  });
}

function showValue(value: unknown): string {
  if (value === undefined) return 'unset';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
