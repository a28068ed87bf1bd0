import type { DecodedText } from './decode-text.ts';

/**
 * Encodes rewritten text like the original file: re-adds the BOM and, for a CRLF file, turns every bare LF
 * the rewrite introduced into CRLF (existing CRLFs are kept as they are).
 */
export function encodeText(text: string, original: Pick<DecodedText, 'bom' | 'eol'>): Buffer {
  const body = original.eol === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text;
  const bytes = Buffer.from(body, 'utf8');
  return original.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}
