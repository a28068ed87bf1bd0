import type { V2Status } from '../mapping/v2.ts';
import { DEFAULT_MEDIA_TYPE } from '../mapping/mapping.ts';
import { downloadResult } from './download-result.ts';
import { RemoveBackgroundError } from './errors.ts';
import { uploadToStorage } from './upload-to-storage.ts';
import type { ClientContext, DeliverOptions, DeliverResult, DeliverTarget } from './types.ts';

/**
 * Does what V1 did after a job: puts the result at the caller's `output.href`. Downloads
 * `result.outputs[0].destination.url` (or `url`) and streams it to the destination with the storage's
 * protocol. A job is delivered to a given href once per client unless `force` is set.
 */
export async function deliverResult(
  ctx: ClientContext,
  status: V2Status,
  target: DeliverTarget,
  options: DeliverOptions = {},
): Promise<DeliverResult> {
  const storage = target.storage ?? 'external';
  const where = { jobId: status.jobId, url: target.href, secrets: ctx.secrets };
  if (storage === 'adobe') {
    throw new RemoveBackgroundError(
      'UNSUPPORTED_STORAGE',
      'storage "adobe" (Creative Cloud paths) cannot receive uploads; pass a presigned PUT URL instead',
      where,
    );
  }
  const output = status.result?.outputs[0];
  const resultUrl = output?.destination?.url ?? output?.url;
  if (status.status !== 'succeeded' || resultUrl === undefined) {
    throw new RemoveBackgroundError(
      'DOWNLOAD_FAILED',
      `job ${status.jobId} has no result to deliver (status ${status.status})`,
      where,
    );
  }
  const key = `${status.jobId} ${target.href}`;
  if (ctx.delivered.has(key) && !options.force) {
    throw new RemoveBackgroundError(
      'ALREADY_DELIVERED',
      `job ${status.jobId} was already delivered to this destination (pass force to upload again)`,
      where,
    );
  }
  ctx.delivered.add(key);
  try {
    const download = await downloadResult(ctx, resultUrl, status.jobId, options.signal);
    const mediaType = output?.mediaType ?? download.mediaType ?? DEFAULT_MEDIA_TYPE;
    // Storages need a Content-Length; when the result server gave none, the body is buffered to learn it.
    const body =
      download.length === undefined
        ? new Uint8Array(await new Response(download.body).arrayBuffer())
        : download.body;
    const bytes = body instanceof Uint8Array ? body.byteLength : (download.length as number);
    const uploadStatus = await uploadToStorage(
      ctx,
      {
        href: target.href,
        storage,
        body,
        length: bytes,
        contentType: options.contentType ?? mediaType,
        jobId: status.jobId,
      },
      options.signal,
    );
    return { href: target.href, storage, bytes, mediaType, uploadStatus };
  } catch (error) {
    ctx.delivered.delete(key);
    throw error;
  }
}
