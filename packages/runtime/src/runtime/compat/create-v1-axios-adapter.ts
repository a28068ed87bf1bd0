import { createV1Fetch, type V1FetchOptions } from './create-v1-fetch.ts';

/** The parts of an axios request config the adapter reads (axios ≥ 1; no dependency on axios itself). */
export interface AxiosLikeConfig {
  url?: string;
  baseURL?: string;
  method?: string;
  headers?: Record<string, unknown> | { toJSON(): Record<string, unknown> };
  params?: Record<string, unknown>;
  data?: unknown;
  responseType?: string;
  validateStatus?: ((status: number) => boolean) | null;
  signal?: AbortSignal;
  [key: string]: unknown;
}

export interface AxiosLikeResponse {
  data: unknown;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  config: AxiosLikeConfig;
  request: unknown;
}

export type AxiosLikeAdapter = (config: AxiosLikeConfig) => Promise<AxiosLikeResponse>;

/**
 * An axios `adapter` on the compatibility core: `axios.create({ baseURL, adapter: createV1AxiosAdapter() })`
 * keeps V1 code unchanged. It sends every request through v1Fetch (V1 calls served by V2, the rest to the
 * real fetch) and settles like axios: the body comes back as text (axios's transformResponse parses JSON),
 * `arraybuffer`/`blob` as asked, and a status refused by `validateStatus` rejects with an axios-shaped error
 * (`isAxiosError`, `response`, `config`, `code` ERR_BAD_REQUEST / ERR_BAD_RESPONSE).
 */
export function createV1AxiosAdapter(options: V1FetchOptions = {}): AxiosLikeAdapter {
  const fetchV1 = createV1Fetch(options);
  return async (config) => {
    const url = buildUrl(config);
    const method = (config.method ?? 'get').toUpperCase();
    const headers = new Headers();
    const raw =
      config.headers && 'toJSON' in config.headers
        ? (config.headers.toJSON as () => Record<string, unknown>)()
        : config.headers;
    for (const [name, value] of Object.entries(raw ?? {})) {
      if (value !== undefined && value !== null && value !== false) headers.set(name, String(value));
    }
    const body =
      config.data === undefined || config.data === null || method === 'GET' || method === 'HEAD'
        ? undefined
        : typeof config.data === 'string' ||
            config.data instanceof ArrayBuffer ||
            ArrayBuffer.isView(config.data)
          ? (config.data as NonNullable<RequestInit['body']>)
          : JSON.stringify(config.data);
    const response = await fetchV1(url, { method, headers, body, signal: config.signal });
    const data =
      config.responseType === 'arraybuffer'
        ? await response.arrayBuffer()
        : config.responseType === 'blob'
          ? await response.blob()
          : config.responseType === 'stream'
            ? response.body
            : await response.text();
    const result: AxiosLikeResponse = {
      data,
      status: response.status,
      statusText: response.statusText,
      headers: readHeaders(response.headers),
      config,
      request: { url, method },
    };
    const valid =
      config.validateStatus === null || (config.validateStatus ?? defaultValidate)(response.status);
    if (valid) return result;
    const error = new Error(`Request failed with status code ${response.status}`) as Error &
      Record<string, unknown>;
    error.name = 'AxiosError';
    error.isAxiosError = true;
    error.code = response.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST';
    error.config = config;
    error.request = result.request;
    error.response = result;
    error.status = response.status;
    throw error;
  };
}

const defaultValidate = (status: number) => status >= 200 && status < 300;

function buildUrl(config: AxiosLikeConfig): string {
  const path = config.url ?? '';
  const base = config.baseURL;
  const full =
    /^[a-z][a-z\d+\-.]*:\/\//i.test(path) || !base
      ? path
      : `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const params = Object.entries(config.params ?? {}).filter(([, v]) => v !== undefined && v !== null);
  if (params.length === 0) return full;
  const query = new URLSearchParams(params.map(([k, v]): [string, string] => [k, String(v)]));
  return `${full}${full.includes('?') ? '&' : '?'}${query}`;
}

function readHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => (out[name] = value));
  return out;
}
