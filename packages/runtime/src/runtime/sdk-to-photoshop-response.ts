import type { V1StatusView } from '../translate/status-to-v1.ts';
import type { RunV1Result } from './types.ts';

/** What @adobe/photoshop-apis threw for a failed job (`SenseiAsyncJobError`: message + `details`). */
export class PhotoshopJobError extends Error {
  override readonly name = 'PhotoshopJobError';
  constructor(readonly details: V1StatusView) {
    super(`message : ${JSON.stringify(details, null, 2)}`);
  }
}

/**
 * A runV1 result in the shape @adobe/photoshop-apis' `removeBackground`/`createMask` resolved to:
 * `{ result, headers }` with the V1 status body (`status`, `jobId`, `output`, `_links`). As in the SDK, a
 * failed job rejects (with `details` = the V1 status) instead of resolving.
 */
export function toPhotoshopResponse(result: RunV1Result): { result: V1StatusView; headers: Headers } {
  if (result.status.status === 'failed') throw new PhotoshopJobError(result.status);
  return { result: result.status, headers: new Headers() };
}
