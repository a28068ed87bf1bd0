let lastInput: string | undefined;
let lastUrl: URL | undefined;

/** Returns the parsed URL when `value` is a string holding an absolute https URL, otherwise undefined. */
export function parseHttpsUrl(value: unknown): URL | undefined {
  // Cheap prefix test first: `new URL` throwing on non-URLs costs microseconds per call.
  if (typeof value !== 'string' || !/^\s*https:/i.test(value)) return undefined;
  // The mapping evaluates several conditions on the same href in a row; parse it once.
  if (value === lastInput) return lastUrl;
  let url: URL | undefined;
  try {
    const parsed = new URL(value);
    url = parsed.protocol === 'https:' && parsed.hostname !== '' ? parsed : undefined;
  } catch {
    url = undefined;
  }
  lastInput = value;
  lastUrl = url;
  return url;
}
