import { parentPort, workerData } from 'node:worker_threads';
import { rewriteFile, type RewriteFileOptions } from './rewrite-file.ts';

/** Worker-thread entry for run-pool: rewrites the files it is sent, one at a time, with shared options. */
const options = workerData as RewriteFileOptions;
parentPort?.on('message', (message: { id: number; file: { path: string; absolute: string } }) => {
  void rewriteFile(message.file, options).then((outcome) =>
    parentPort?.postMessage({ id: message.id, outcome }),
  );
});
