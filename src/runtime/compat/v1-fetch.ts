import { createV1Fetch, type V1Fetch } from './create-v1-fetch.ts';

let instance: V1Fetch | undefined;

/**
 * `fetch` with V1 Remove Background requests on `image.adobe.io` served by V2 (defaults of createV1Fetch:
 * the platform fetch, a per-process sealing key, warnings on the console). Created on first use.
 */
export function v1Fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  instance ??= createV1Fetch();
  return instance(input, init);
}
