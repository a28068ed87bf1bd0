import { type RemoveBackgroundClient } from 'rb-migrate-runtime';
import { cut } from './steps/cut.js';

/** Hands the client down: run → cut → doCut, each typed, across files. */
export async function run(client: RemoveBackgroundClient, input: string, output: string) {
  return cut(client, input, output);
}
