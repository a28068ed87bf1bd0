import { choosePoolSize } from '../files/choose-pool-size.ts';
import { createWorkerPool, type WorkerPool } from '../files/create-worker-pool.ts';
import type { RawFinding } from './types.ts';

/**
 * The pool `check` hands JS/TS parses to, started on the first file that needs a parse, so the main thread
 * keeps reading while Babel runs; sized by choosePoolSize (`--workers`).
 */
export function createScanJsPool(
  files: number,
  workers?: number,
): WorkerPool<{ text: string; extension: string }, RawFinding[]> {
  return createWorkerPool({
    entry: new URL('./check-worker.js', import.meta.url),
    size: choosePoolSize(files, workers),
    inBand: async (task) => (await import('./scan-js.ts')).scanJs(task.text, task.extension),
  });
}
