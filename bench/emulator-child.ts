/**
 * Child process of bench/emulator-memory.ts: starts the emulator from the source tree given as argv[2]
 * (this checkout's `src`, or a baseline extracted from git) with the options in argv[3] (JSON), prints its
 * URL on stdout and serves until killed. Each `mem` line on stdin is answered with one JSON line: RSS and V8
 * heap used, after a full garbage collection (run with --expose-gc).
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const [root, json] = process.argv.slice(2);
const { startEmulator } = (await import(pathToFileURL(`${root}/emulator/start-emulator.ts`).href)) as {
  startEmulator: (options: Record<string, unknown>) => Promise<{ url: string }>;
};
const options = JSON.parse(json ?? '{}') as Record<string, unknown>;
for (const key of Object.keys(options)) if (options[key] === 'Infinity') options[key] = Infinity;
const emulator = await startEmulator(options);
process.stdout.write(`${emulator.url}\n`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'mem') return;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({ rss, heapUsed })}\n`);
});
