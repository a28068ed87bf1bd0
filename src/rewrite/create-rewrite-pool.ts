import { availableParallelism } from 'node:os';
import { createWorkerPool, POOL_MIN_FILES, type WorkerPool } from '../files/create-worker-pool.ts';
import { planFileRewrite, type PlannedRewrite, type RewriteFileOptions } from './plan-file-rewrite.ts';

export interface RewriteTask {
  file: { path: string; absolute: string };
  options: RewriteFileOptions;
}

/**
 * The threads `rewrite` plans files on. `workers` counts every thread that rewrites, the main one included
 * (`--workers 1` = in-band); by default one worker per core beyond the main thread from POOL_MIN_FILES
 * files, in-band below. Always in-band from the TypeScript sources (workers need the built JavaScript). A
 * worker that dies fails the file it was most likely planning; its other files are planned in-band.
 */
export function createRewritePool(files: number, workers?: number): WorkerPool<RewriteTask, PlannedRewrite> {
  const fromSource = import.meta.url.endsWith('.ts');
  const auto = files < POOL_MIN_FILES ? 0 : Math.max(1, availableParallelism() - 1);
  return createWorkerPool({
    entry: new URL('./rewrite-worker.js', import.meta.url),
    size: fromSource ? 0 : workers === undefined ? auto : workers - 1,
    inBand: (task) => planFileRewrite(task.file, task.options),
    onCrash: (task, reason) => ({
      outcome: {
        path: task.file.path,
        status: 'failed',
        todos: [],
        error: `${reason} while rewriting this file`,
      },
    }),
  });
}
