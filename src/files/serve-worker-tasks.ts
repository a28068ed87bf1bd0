import { parentPort } from 'node:worker_threads';

/**
 * The worker side of createWorkerPool: answers every `{ id, task }` the pool posts with `{ id, result }`,
 * or `{ id, error }` when the handler throws (the pool then runs that task in-band). Tasks are handled in
 * the order they arrive; an async handler may overlap its awaits with the next task.
 */
export function serveWorkerTasks<TTask, TResult>(handle: (task: TTask) => TResult | Promise<TResult>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTasks must run in a worker thread');
  port.on('message', (message: { id: number; task: TTask }) => {
    void (async () => {
      try {
        port.postMessage({ id: message.id, result: await handle(message.task) });
      } catch (error) {
        port.postMessage({ id: message.id, error: String((error as Error)?.stack ?? error) });
      }
    })();
  });
}
