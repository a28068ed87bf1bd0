import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { cut } from './steps/cut.js';

/** Hands the client down: run → cut → doCut, each typed, across files. */
export async function run(client: PhotoshopClient, input: string, output: string) {
  return cut(client, input, output);
}
