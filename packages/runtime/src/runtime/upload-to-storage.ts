import { UPLOAD_PROTOCOLS, type UploadStorage } from '../mapping/transport.ts';
import { classifyFetchFailure } from './classify-fetch-failure.ts';
import { RemoveBackgroundError } from './errors.ts';
import { toAbortError } from './to-abort-error.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';
import type { ClientContext } from './types.ts';

export interface Upload {
  href: string;
  storage: UploadStorage;
  body: ReadableStream<Uint8Array> | Uint8Array;
  length: number;
  contentType: string;
  jobId: string;
}

/**
 * Sends the result to a V1 destination with that storage's protocol (spec UPLOAD_PROTOCOLS): S3-style or
 * generic presigned PUT, Azure SAS PUT with `x-ms-blob-type: BlockBlob`, Dropbox upload-link POST
 * (application/octet-stream). Never retried: the body is a one-shot stream. Returns the HTTP status.
 */
export async function uploadToStorage(
  ctx: ClientContext,
  upload: Upload,
  signal?: AbortSignal,
): Promise<number> {
  const protocol = UPLOAD_PROTOCOLS[upload.storage];
  const headers: Record<string, string> = { 'content-length': String(upload.length) };
  if (protocol.sendsMediaType) headers['content-type'] = upload.contentType;
  Object.assign(headers, protocol.headers);
  const init: RequestInit & { duplex?: 'half' } = {
    method: protocol.method,
    headers,
    body: upload.body as NonNullable<RequestInit['body']>,
    signal,
  };
  if (upload.body instanceof ReadableStream) init.duplex = 'half';
  const where = { url: upload.href, jobId: upload.jobId, secrets: ctx.secrets };

  let response: Response;
  try {
    ctx.log({ type: 'upload', method: protocol.method, url: redactSecrets(upload.href) });
    response = await ctx.fetch(upload.href, init);
  } catch (error) {
    if (classifyFetchFailure(error, signal) === 'aborted') {
      throw toAbortError('upload', signal, where);
    }
    throw new RemoveBackgroundError('UPLOAD_FAILED', `upload to ${upload.storage} storage failed`, {
      ...where,
      cause: error,
    });
  }
  ctx.log({
    type: 'response',
    method: protocol.method,
    url: redactSecrets(upload.href),
    status: response.status,
  });
  if (!response.ok) {
    const text = (await response.text().catch(() => '')).slice(0, 200).trim();
    throw new RemoveBackgroundError(
      'UPLOAD_FAILED',
      `upload to ${upload.storage} storage was rejected with HTTP ${response.status}${text ? ` (${text})` : ''}`,
      { ...where, httpStatus: response.status },
    );
  }
  await response.body?.cancel();
  return response.status;
}
