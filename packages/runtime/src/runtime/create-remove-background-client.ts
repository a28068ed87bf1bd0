import { API_BASE_URL } from '../mapping/endpoints.ts';
import { deliverResult } from './deliver-result.ts';
import { runV1 } from './run-v1.ts';
import { submitJob } from './submit-job.ts';
import type { ClientContext, ClientOptions, RemoveBackgroundClient } from './types.ts';
import { waitForJob } from './wait-for-job.ts';

/**
 * The V2 Remove Background client that keeps V1 behaviour:
 * `submit` → `waitForJob` → `deliver` (to the V1 `output.href`), or all of it from a V1 body with `runV1`.
 */
export function createRemoveBackgroundClient(options: ClientOptions): RemoveBackgroundClient {
  const ctx = createContext(options);
  const client: RemoveBackgroundClient = {
    submit: (request, submitOptions) => submitJob(ctx, request, submitOptions),
    waitForJob: (job, waitOptions) => waitForJob(ctx, job, waitOptions),
    deliver: (status, target, deliverOptions) => deliverResult(ctx, status, target, deliverOptions),
    runV1: (v1Body, runOptions) => runV1(ctx, client, v1Body, runOptions),
  };
  return client;
}

function createContext(options: ClientOptions): ClientContext {
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('createRemoveBackgroundClient: apiKey is required');
  }
  const { token, getToken } = options;
  if ((token === undefined) === (getToken === undefined)) {
    throw new TypeError('createRemoveBackgroundClient: give exactly one of token and getToken');
  }
  if (token !== undefined && (typeof token !== 'string' || token === '')) {
    throw new TypeError('createRemoveBackgroundClient: token must be a non-empty string');
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new TypeError('createRemoveBackgroundClient: no fetch available; pass options.fetch');
  }
  const secrets = new Set<string>([options.apiKey]);
  if (token !== undefined) secrets.add(token);
  const log = options.log;
  return {
    apiKey: options.apiKey,
    baseUrl: options.baseUrl ?? API_BASE_URL,
    fetch: fetchImpl,
    userAgent: options.userAgent,
    getToken: async () => {
      const value = token ?? (await getToken!());
      if (typeof value !== 'string' || value === '') throw new TypeError('getToken returned no token');
      return value;
    },
    secrets,
    log: log ? (event) => log(event) : () => {},
    random: options.random ?? Math.random,
    delivered: new Set(),
  };
}
