import { createV1Fetch, type V1Fetch } from './create-v1-fetch.ts';
import { readCompatEnv } from './read-compat-env.ts';

let instance: V1Fetch | undefined;

/**
 * `fetch` with V1 Remove Background requests served by V2, created on first use with createV1Fetch's
 * defaults (V1 host `image.adobe.io`, V2 beside it, the platform fetch, a per-process sealing key, warnings
 * on the console) plus what the environment adds (readCompatEnv: `RB_MIGRATE_V1_HOSTS`,
 * `RB_MIGRATE_UPSTREAM`, `RB_MIGRATE_TRUSTED_INPUT_HOSTS`, `RB_MIGRATE_STRICT`), so rewritten code whose
 * base URL comes from config needs no edit.
 */
export function v1Fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  instance ??= createV1Fetch(readCompatEnv());
  return instance(input, init);
}
