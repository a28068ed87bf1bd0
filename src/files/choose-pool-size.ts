import { availableParallelism } from 'node:os';
import { POOL_MIN_FILES } from './create-worker-pool.ts';

/**
 * How many worker threads a per-file run gets. `workers` (the CLI's --workers) counts every thread that
 * works, the main one included, so `1` is in-band; by default one worker per core beyond the main thread,
 * and none below POOL_MIN_FILES files. Always 0 from the TypeScript sources: workers need the built
 * JavaScript.
 */
export function choosePoolSize(files: number, workers?: number): number {
  if (import.meta.url.endsWith('.ts')) return 0;
  if (workers !== undefined) return workers - 1;
  return files < POOL_MIN_FILES ? 0 : Math.max(1, availableParallelism() - 1);
}
