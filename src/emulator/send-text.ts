import type { ServerResponse } from 'node:http';

/** A plain-text answer (the storage dialects answer errors as text). */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}
