import { Worker } from 'node:worker_threads';
import { rewriteFile, type FileOutcome, type RewriteFileOptions } from './rewrite-file.ts';

/**
 * Rewrites files on `workers` worker threads (node:worker_threads), or in-band when `workers` is 1 or when
 * running from the .ts sources (workers need the built .js). Results keep the input order; `onDone` reports
 * progress. A worker that dies fails the files it held instead of hanging the run.
 */
export async function runPool(
  files: ReadonlyArray<{ path: string; absolute: string }>,
  options: RewriteFileOptions,
  workers: number,
  onDone?: (done: number) => void,
): Promise<FileOutcome[]> {
  const results = new Array<FileOutcome>(files.length);
  let done = 0;
  const finish = (index: number, outcome: FileOutcome) => {
    results[index] = outcome;
    onDone?.(++done);
  };
  const fromSource = import.meta.url.endsWith('.ts');
  if (workers <= 1 || fromSource || files.length < 2) {
    for (let i = 0; i < files.length; i++) finish(i, await rewriteFile(files[i]!, options));
    return results;
  }
  let next = 0;
  const count = Math.min(workers, files.length);
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolvePool) => {
          const worker = new Worker(new URL('./rewrite-worker.js', import.meta.url), { workerData: options });
          let current: number | undefined;
          const feed = () => {
            if (next >= files.length) {
              current = undefined;
              void worker.terminate().then(() => resolvePool());
              return;
            }
            current = next++;
            worker.postMessage({
              id: current,
              file: { path: files[current]!.path, absolute: files[current]!.absolute },
            });
          };
          worker.on('message', (message: { id: number; outcome: FileOutcome }) => {
            finish(message.id, message.outcome);
            feed();
          });
          let tookOver = false;
          const takeOver = (reason: string) => {
            if (tookOver) return;
            tookOver = true;
            if (current !== undefined)
              finish(current, { path: files[current]!.path, status: 'failed', todos: [], error: reason });
            current = undefined;
            // Take over the remaining work in-band so nothing is left unprocessed.
            void (async () => {
              while (next < files.length) {
                const index = next++;
                finish(index, await rewriteFile(files[index]!, options));
              }
              resolvePool();
            })();
          };
          worker.on('error', (error) => takeOver(`worker crashed: ${error.message}`));
          worker.on('messageerror', (error) => takeOver(`worker message error: ${error.message}`));
          worker.on('exit', (code) => {
            if (current !== undefined) takeOver(`worker exited (code ${code}) while rewriting this file`);
          });
          feed();
        }),
    ),
  );
  return results;
}
