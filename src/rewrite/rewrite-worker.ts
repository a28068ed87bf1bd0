import { serveWorkerTasks } from '../files/serve-worker-tasks.ts';
import { planFileRewrite, type RewriteFileOptions } from './plan-file-rewrite.ts';

/** Worker-thread entry for `rewrite`: plans the rewrite of each file it is sent (the main thread writes). */
serveWorkerTasks((task: { file: { path: string; absolute: string }; options: RewriteFileOptions }) =>
  planFileRewrite(task.file, task.options),
);
