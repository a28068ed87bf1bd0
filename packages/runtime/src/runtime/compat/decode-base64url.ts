const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Unpadded (or padded) base64url, or standard base64 → bytes; undefined when the text is not base64. */
export function decodeBase64url(text: string): Uint8Array | undefined {
  const normalized = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (!BASE64URL.test(normalized) || normalized.length % 4 === 1) return undefined;
  const binary = atob(normalized.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
