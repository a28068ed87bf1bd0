import { AZURE_BLOB_TYPE_HEADER, UPLOAD_PROTOCOLS } from 'rb-migrate-runtime/mapping';
import { sendText } from './send-text.ts';
import type { RouteContext } from './types.ts';

/**
 * The storage endpoints: signed GET (read) and upload (S3-style PUT, Azure PUT requiring
 * `x-ms-blob-type: BlockBlob`, Dropbox upload-link POST requiring application/octet-stream). S3 and Azure
 * uploads need a Content-Length (as the real services do: no chunked uploads).
 */
export function handleStorage(ctx: RouteContext): void {
  const { req, res, state } = ctx;
  const method = req.method ?? 'GET';
  const resolved = state.storage.resolve(method, ctx.url);
  if ('error' in resolved) {
    sendText(res, resolved.error, resolved.reason);
    return;
  }
  const { key, kind, access } = resolved;
  if (access === 'read') {
    const bytes = state.storage.read(key);
    if (!bytes) {
      sendText(res, 404, 'NoSuchKey');
      return;
    }
    res.writeHead(200, {
      'content-type': state.storage.contentType(key) ?? 'application/octet-stream',
      'content-length': String(bytes.length),
    });
    res.end(method === 'HEAD' ? undefined : bytes);
    return;
  }
  const protocol = UPLOAD_PROTOCOLS[kind];
  if (method !== protocol.method) {
    sendText(res, 405, `${kind} uploads use ${protocol.method}`);
    return;
  }
  if (kind !== 'dropbox' && req.headers['content-length'] === undefined) {
    sendText(res, 411, 'MissingContentLength');
    return;
  }
  for (const [name, value] of Object.entries(protocol.headers)) {
    if (req.headers[name] !== value) {
      sendText(
        res,
        400,
        name === AZURE_BLOB_TYPE_HEADER ? `MissingRequiredHeader: ${name}` : `${name} must be ${value}`,
      );
      return;
    }
  }
  const contentType = protocol.sendsMediaType ? req.headers['content-type'] : undefined;
  state.storage.write(key, ctx.body, contentType ?? 'application/octet-stream');
  resolved.consume?.();
  res.writeHead(kind === 'azure' ? 201 : 200, { 'content-type': 'text/plain' });
  res.end('OK');
}
