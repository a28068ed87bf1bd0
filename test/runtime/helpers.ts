import { PNG } from 'pngjs';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.ts';
import { createRemoveBackgroundClient } from '../../packages/runtime/src/runtime/create-remove-background-client.ts';
import type {
  ClientEvent,
  ClientOptions,
  RemoveBackgroundClient,
} from '../../packages/runtime/src/runtime/types.ts';

export const API_KEY = 'test-api-key-SECRET-4f1e2d';
export const TOKEN = 'test-token-SECRET-9a8b7c6d5e';

/** A 6×4 PNG: a dark background with a red subject in the middle (so the mask has both values). */
export function makeInputPng(seed = 0): Buffer {
  const png = new PNG({ width: 6, height: 4 });
  for (let y = 0; y < 4; y++) {
    for (let x = 0; x < 6; x++) {
      const i = (y * 6 + x) * 4;
      const subject = x >= 2 && x <= 3 && y >= 1;
      png.data[i] = subject ? 220 : 10 + seed;
      png.data[i + 1] = subject ? 40 + x * 10 : 12;
      png.data[i + 2] = subject ? 30 : 14;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** An emulator with tiny latencies and no rate limit unless overridden; closed by the caller. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ latencyMs: 5, rateLimits: false, ...options });
}

export interface TestClient {
  client: RemoveBackgroundClient;
  events: ClientEvent[];
}

/** A client for the emulator with fast polling; every log event is kept for redaction checks. */
export function makeClient(emulator: Emulator, options: Partial<ClientOptions> = {}): TestClient {
  const events: ClientEvent[] = [];
  const client = createRemoveBackgroundClient({
    apiKey: API_KEY,
    token: TOKEN,
    baseUrl: emulator.url,
    log: (event) => events.push(event),
    random: () => 0.5,
    ...options,
  } as ClientOptions);
  return { client, events };
}

/** Fast wait options for tests. */
export const FAST_WAIT = { pollIntervalMs: 5, maxPollIntervalMs: 20, timeoutMs: 10_000 };

/** Puts `bytes` in the emulator's storage and returns a presigned GET URL for it. */
export function putInput(emulator: Emulator, key: string, bytes: Buffer): string {
  emulator.storage.write(key, bytes, 'image/png');
  return emulator.storage.url(key, { access: 'read' });
}
