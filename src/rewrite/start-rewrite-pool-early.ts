import { availableParallelism } from 'node:os';
import { choosePoolSize } from '../files/choose-pool-size.ts';
import type { WorkerPool } from '../files/create-worker-pool.ts';
import type { PlannedRewrite } from './plan-file-rewrite.ts';
import { createRewritePool, type RewriteTask } from './create-rewrite-pool.ts';

export interface EarlyRewritePool {
  /** Give to discoverFiles as `onListed`: git's count of the files, before they are stat'ed and searched. */
  onListed(count: number): void;
  /** The run's pool for its final file count: the one started early, or a new one (in-band below the size). */
  take(files: number): Promise<WorkerPool<RewriteTask, PlannedRewrite>>;
}

/**
 * The worker pool of `check` and `rewrite`, started while the files are still being found: as soon as git
 * has listed enough files for worker threads (choosePoolSize), the first worker starts and loads the JS/TS
 * analysis (jscodeshift, Babel), which then overlaps the stat calls and `git grep` of discovery instead of
 * following them. Only with a second core (on one core it would slow the thread doing discovery). The pool
 * is the same as createRewritePool's for the final count; started early and not needed, it is closed.
 */
export function startRewritePoolEarly(workers?: number): EarlyRewritePool {
  let early: WorkerPool<RewriteTask, PlannedRewrite> | undefined;
  return {
    onListed(count) {
      if (early || availableParallelism() < 2 || choosePoolSize(count, workers) === 0) return;
      early = createRewritePool(count, workers, { preload: true });
      early.prestart();
    },
    async take(files) {
      if (early && choosePoolSize(files, workers) > 0) return early;
      await early?.close();
      return createRewritePool(files, workers);
    },
  };
}
