import {
  createV1AxiosAdapter,
  type AxiosLikeAdapter,
  type AxiosLikeConfig,
  type AxiosLikeResponse,
} from './create-v1-axios-adapter.ts';
import { readCompatEnv } from './read-compat-env.ts';

let instance: AxiosLikeAdapter | undefined;

/**
 * The axios adapter with createV1AxiosAdapter's defaults (V1 host `image.adobe.io`, the platform fetch, a
 * per-process sealing key, warnings on the console) plus the environment (readCompatEnv, as v1Fetch),
 * created on first use:
 * `axios.create({ baseURL, adapter: v1AxiosAdapter })`.
 */
export function v1AxiosAdapter(config: AxiosLikeConfig): Promise<AxiosLikeResponse> {
  instance ??= createV1AxiosAdapter(readCompatEnv());
  return instance(config);
}
