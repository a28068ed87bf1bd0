import { createRemoveBackgroundClient, fromPhotoshopConfig } from 'rb-migrate-runtime';
import { doCut } from './steps/do-cut.js';
import { Pipeline } from './pipeline.js';

/** A second origin for doCut(): a client of its own, also used only for Remove Background. */
export async function batch(items: readonly { input: string; output: string }[]): Promise<void> {
  const photoshop = createRemoveBackgroundClient(fromPhotoshopConfig({ clientId: 'batch', tokenProvider: { getToken: async () => '' } } as never));
  for (const item of items) await doCut(photoshop, item.input, item.output);
  await new Pipeline(photoshop).go('i', 'o');
}
