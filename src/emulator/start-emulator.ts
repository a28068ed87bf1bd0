import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ASSUMED_RESULT_URL_TTL_MS, RATE_LIMITS, redactSecrets } from 'rb-migrate-runtime/mapping';
import { createRandom } from './create-random.ts';
import { createStorage } from './create-storage.ts';
import { routeRequest } from './route-request.ts';
import type { Emulator, EmulatorOptions, EmulatorState } from './types.ts';

/** Defaults of the limits that keep a long-running emulator's memory bounded (see EmulatorOptions). */
const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
const DEFAULT_MAX_ENTRIES = 1000;
const DEFAULT_RETENTION_MS = 60 * 60 * 1000;

/**
 * Starts a local emulator of Remove Background V1 and V2 plus S3/Azure/Dropbox-like storage on a real
 * HTTP port. Resolves once it listens; `close()` stops it and its job timers.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const state: EmulatorState = {
    options: {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      latencyMs: options.latencyMs ?? 50,
      failRate: options.failRate ?? 0,
      dropConnections: options.dropConnections ?? 0,
      resultTtlMs: options.resultTtlMs ?? ASSUMED_RESULT_URL_TTL_MS,
      seed: options.seed ?? 1,
      acceptOwnHost: options.acceptOwnHost ?? true,
      allowHosts: options.allowHosts ?? [],
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxJobs: options.maxJobs ?? DEFAULT_MAX_ENTRIES,
      jobTtlMs: options.jobTtlMs ?? DEFAULT_RETENTION_MS,
      maxObjects: options.maxObjects ?? DEFAULT_MAX_ENTRIES,
      objectTtlMs: options.objectTtlMs ?? DEFAULT_RETENTION_MS,
      credentials: options.credentials,
      rateLimits:
        options.rateLimits === undefined
          ? {
              windowMs: RATE_LIMITS.windowMs,
              post: { hard: RATE_LIMITS.post.hard },
              get: { hard: RATE_LIMITS.get.hard },
            }
          : options.rateLimits,
      log: options.log,
    },
    baseUrl: '',
    jobs: new Map(),
    storage: createStorage(() => state.baseUrl, {
      maxObjects: options.maxObjects ?? DEFAULT_MAX_ENTRIES,
      objectTtlMs: options.objectTtlMs ?? DEFAULT_RETENTION_MS,
    }),
    faults: [],
    requests: [],
    random: createRandom(options.seed ?? 1),
    timers: new Set(),
    hits: { post: [], get: [] },
  };
  validate(state.options);

  const server = createServer((req, res) => {
    routeRequest(state, req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(redactSecrets(`emulator error: ${(error as Error).message}`));
      } else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(state.options.port, state.options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  state.baseUrl = `http://${host}:${address.port}`;

  return {
    url: state.baseUrl,
    host: address.address,
    port: address.port,
    storage: state.storage,
    inject: (fault) => state.faults.push({ ...fault }),
    get requests() {
      return state.requests;
    },
    jobCount: (version) =>
      [...state.jobs.values()].filter((j) => version === undefined || j.version === version).length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of state.timers) clearTimeout(timer);
        state.timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function validate(options: EmulatorState['options']): void {
  const rate = (name: string, value: number) => {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`startEmulator: ${name} must be between 0 and 1`);
  };
  rate('failRate', options.failRate);
  rate('dropConnections', options.dropConnections);
  for (const [name, value] of [
    ['latencyMs', options.latencyMs],
    ['resultTtlMs', options.resultTtlMs],
    ['jobTtlMs', options.jobTtlMs],
    ['objectTtlMs', options.objectTtlMs],
  ] as const) {
    if (!(value >= 0)) throw new RangeError(`startEmulator: ${name} must be a number >= 0`);
  }
  for (const [name, value] of [
    ['maxBodyBytes', options.maxBodyBytes],
    ['maxJobs', options.maxJobs],
    ['maxObjects', options.maxObjects],
  ] as const) {
    if (!((Number.isInteger(value) || value === Infinity) && value >= 1)) {
      throw new RangeError(`startEmulator: ${name} must be an integer >= 1 (or Infinity)`);
    }
  }
}
