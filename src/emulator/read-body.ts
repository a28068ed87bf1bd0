import type { IncomingMessage } from 'node:http';

/** How long the rest of a refused body is read and thrown away before the connection is closed. */
const DRAIN_GRACE_MS = 30_000;

/**
 * Reads a request body into memory, at most `limit` bytes. Resolves undefined as soon as the body is known
 * to be larger (a Content-Length above the limit, or the bytes read so far): what was read is dropped and the
 * rest is read and discarded, so the caller can answer 413 and the client, still sending, receives it
 * (destroying the socket instead would reset the connection before the client reads the answer). A body
 * still arriving after DRAIN_GRACE_MS is cut off.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    discardRest(req);
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        chunks = [];
        discardRest(req);
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

function discardRest(req: IncomingMessage): void {
  if (req.complete) return;
  req.resume();
  const timer = setTimeout(() => {
    if (!req.complete) req.socket.destroy();
  }, DRAIN_GRACE_MS);
  timer.unref();
  req.once('close', () => clearTimeout(timer));
}
