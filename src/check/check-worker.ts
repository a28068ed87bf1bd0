import { serveWorkerTasks } from '../files/serve-worker-tasks.ts';
import { scanJs } from './scan-js.ts';

/** Worker-thread entry for `check`: runs the JS/TS rules (parse + AST rules) on the texts it is sent. */
serveWorkerTasks((task: { text: string; extension: string }) => scanJs(task.text, task.extension));
