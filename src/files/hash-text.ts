import { createHash } from 'node:crypto';

/** The SHA-256 (hex) of a decoded text's UTF-8 bytes: the key the analysis cache matches a file's content by. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
