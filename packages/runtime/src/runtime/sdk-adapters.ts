/** Adapters used by code that rb-migrate migrated from the V1 SDKs (src/analyze/sdk). */
export { fromAioArgs, type AioInput, type AioOutput } from './sdk-from-aio-args.ts';
export { toAioJob, type AioJobView } from './sdk-to-aio-job.ts';
export { toPhotoshopResponse, PhotoshopJobError } from './sdk-to-photoshop-response.ts';
export { fromPhotoshopConfig } from './sdk-from-photoshop-config.ts';
