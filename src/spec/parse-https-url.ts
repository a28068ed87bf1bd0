/** Returns the parsed URL when `value` is a string holding an absolute https URL, otherwise undefined. */
export function parseHttpsUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}
