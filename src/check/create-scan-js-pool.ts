import { availableParallelism } from 'node:os';
import { createWorkerPool, POOL_MIN_FILES, type WorkerPool } from '../files/create-worker-pool.ts';
import type { RawFinding } from './types.ts';

/**
 * The pool `check` hands JS/TS parses to, started on the first file that needs a parse, so the main thread
 * keeps reading while Babel runs. `workers` counts every thread that scans, the main one included
 * (`--workers 1` = in-band); by default one worker per core beyond the main thread, and none for runs under
 * POOL_MIN_FILES files. Always in-band from the TypeScript sources (workers need the built JavaScript).
 */
export function createScanJsPool(
  files: number,
  workers?: number,
): WorkerPool<{ text: string; extension: string }, RawFinding[]> {
  const fromSource = import.meta.url.endsWith('.ts');
  const auto = files < POOL_MIN_FILES ? 0 : Math.max(1, availableParallelism() - 1);
  const size = fromSource ? 0 : workers === undefined ? auto : workers - 1;
  return createWorkerPool({
    entry: new URL('./check-worker.js', import.meta.url),
    size,
    inBand: async (task) => (await import('./scan-js.ts')).scanJs(task.text, task.extension),
  });
}
