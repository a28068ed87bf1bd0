/** Returns the parsed URL when `value` is a string holding an absolute https URL, otherwise undefined. */
export function parseHttpsUrl(value: unknown): URL | undefined {
  // Cheap prefix test first: `new URL` throwing on non-URLs costs microseconds per call.
  if (typeof value !== 'string' || !/^\s*https:/i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}
