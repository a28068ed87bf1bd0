import { choosePoolSize } from '../files/choose-pool-size.ts';
import { createWorkerPool, type WorkerPool } from '../files/create-worker-pool.ts';
import { planFileRewrite, type PlannedRewrite, type RewriteFileOptions } from './plan-file-rewrite.ts';

export interface RewriteTask {
  file: { path: string; absolute: string };
  options: RewriteFileOptions;
}

/**
 * The threads `rewrite` plans files on, sized by choosePoolSize (`--workers`). A worker that dies fails the
 * file it was most likely planning; its other files are planned in-band. `preload`: see rewrite-worker.
 */
export function createRewritePool(
  files: number,
  workers?: number,
  options: { preload?: boolean } = {},
): WorkerPool<RewriteTask, PlannedRewrite> {
  return createWorkerPool({
    entry: new URL('./rewrite-worker.js', import.meta.url),
    size: choosePoolSize(files, workers),
    // preload: each worker loads the JS/TS analysis as it starts, not on its first JS/TS file.
    ...(options.preload ? { workerData: { preload: true } } : {}),
    inBand: (task) => planFileRewrite(task.file, task.options),
    onCrash: (task, reason) => ({
      outcome: {
        path: task.file.path,
        status: 'failed',
        todos: [],
        error: `${reason} while rewriting this file`,
      },
      sites: [],
    }),
  });
}
