import { workerData } from 'node:worker_threads';
import { serveWorkerTasks } from '../files/serve-worker-tasks.ts';
import { loadCodemod } from '../analyze/project/load-codemod.ts';
import { planFileRewrite, type RewriteFileOptions } from './plan-file-rewrite.ts';

// Started ahead of its first task (createRewritePool's prestart): load the JS/TS analysis now, while the main
// thread is still discovering the files (a failure here is met again, and reported, by the first task).
if ((workerData as { preload?: boolean } | null)?.preload) loadCodemod().catch(() => undefined);

/** Worker-thread entry for `rewrite`: plans the rewrite of each file it is sent (the main thread writes). */
serveWorkerTasks((task: { file: { path: string; absolute: string }; options: RewriteFileOptions }) =>
  planFileRewrite(task.file, task.options),
);
