const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const latin1Decoder = new TextDecoder('latin1');

/** A decoded text file and what is needed to write it back byte-for-byte in the same encoding style. */
export interface DecodedText {
  /** The text without BOM. */
  text: string;
  /** The file started with a UTF-8 BOM. */
  bom: boolean;
  /** The bytes were valid UTF-8; when false `text` is a latin1 reading (good enough to find ASCII URLs). */
  utf8: boolean;
  /** `\r\n` when every line ends in CRLF; `\n` otherwise (LF or mixed files are written back as produced). */
  eol: '\n' | '\r\n';
}

/** Decodes file bytes: strips and remembers a UTF-8 BOM, detects CRLF, falls back to latin1 for non-UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let utf8 = true;
  try {
    text = strictDecoder.decode(body);
  } catch {
    utf8 = false;
    text = latin1Decoder.decode(body);
  }
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  // Only a pure-CRLF file is CRLF: in a mixed file, converting every LF would touch lines nobody rewrote.
  return { text, bom, utf8, eol: crlf > 0 && lf === 0 ? '\r\n' : '\n' };
}
