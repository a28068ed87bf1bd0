import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createWorkerPool } from '../../src/files/create-worker-pool.ts';

const ENTRY = new URL('../fixtures/workers/echo-worker.mjs', import.meta.url);

interface Echo {
  value: unknown;
  threadId: number;
  data?: unknown;
}

const inBand = (task: unknown): Echo => ({
  value: typeof task === 'number' ? task * 2 : task,
  threadId,
});

describe('createWorkerPool', () => {
  it('runs tasks on real worker threads, started on first use, and returns every result', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 2, inBand, workerData: 'shared' });
    expect(pool.started).toBe(0);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => pool.run(i)));
    expect(results.map((r) => r.value)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(results.every((r) => r.threadId !== threadId && r.data === 'shared')).toBe(true);
    expect(pool.started).toBe(2);
    expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    await pool.close();
  });

  it('size 0 runs everything in-band and starts no thread', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 0, inBand });
    const r = await pool.run(21);
    expect(r).toEqual({ value: 42, threadId });
    expect(pool.started).toBe(0);
    await pool.close();
  });

  it('a task whose handler throws is answered in-band', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 1, inBand });
    const [a, b] = await Promise.all([pool.run('throw'), pool.run(5)]);
    expect(a).toEqual({ value: 'throw', threadId });
    expect(b!.value).toBe(10);
    expect(b!.threadId).not.toBe(threadId);
    await pool.close();
  });

  it('a worker that dies loses nothing: its oldest task goes to onCrash, the rest and later ones in-band', async () => {
    const crashes: string[] = [];
    const pool = createWorkerPool<unknown, Echo>({
      entry: ENTRY,
      size: 1,
      inBand,
      onCrash: (task, reason) => {
        crashes.push(`${String(task)}: ${reason}`);
        return { value: 'failed', threadId: -1 };
      },
    });
    const results = await Promise.all([pool.run('crash'), pool.run(1), pool.run(2)]);
    expect(results[0]).toEqual({ value: 'failed', threadId: -1 });
    expect(crashes).toEqual(['crash: worker exited (code 7)']);
    expect(pool.lost).toBe(1);
    expect(results.slice(1)).toEqual([
      { value: 2, threadId },
      { value: 4, threadId },
    ]);
    expect(await pool.run(3)).toEqual({ value: 6, threadId });
    await pool.close();
  });

  it('sends a task to an idle worker (or a new one) before a busy one', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 2, inBand });
    // The first worker is held busy (it waits on shared memory until released: no timing involved); the
    // next tasks go to the other one, one after another.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    let slowDone = false;
    const slow = pool.run({ hold: gate }).then((r) => ((slowDone = true), r));
    const first = await pool.run(1);
    const second = await pool.run(2);
    expect(slowDone).toBe(false);
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    const slowThread = (await slow).threadId;
    expect(first.threadId).not.toBe(slowThread);
    expect(second.threadId).toBe(first.threadId);
    expect(pool.started).toBe(2);
    await pool.close();
  });

  it('after close, tasks run in-band', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 1, inBand });
    await pool.run(1);
    await pool.close();
    expect(await pool.run(4)).toEqual({ value: 8, threadId });
  });

  it('prestart starts one worker before any task, which the first task then uses; in-band pools start none', async () => {
    const pool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 2, inBand });
    pool.prestart();
    pool.prestart();
    expect(pool.started).toBe(1);
    const first = await pool.run(3);
    expect(first.value).toBe(6);
    expect(first.threadId).not.toBe(threadId);
    expect(pool.started).toBe(1);
    await pool.close();
    const inBandPool = createWorkerPool<unknown, Echo>({ entry: ENTRY, size: 0, inBand });
    inBandPool.prestart();
    expect(inBandPool.started).toBe(0);
  });

  it('a prestarted worker that never got a task does not keep the process alive', () => {
    // A child process that prestarts a pool and returns: it must exit by itself (no close, no task).
    const url = new URL('../../src/files/create-worker-pool.ts', import.meta.url).href;
    const script = `import { createWorkerPool } from ${JSON.stringify(url)};
const pool = createWorkerPool({ entry: new URL(${JSON.stringify(ENTRY.href)}), size: 1, inBand: (t) => t });
pool.prestart();
console.log('started', pool.started);`;
    // A file, not `node -e`: an evaluated string exits with its worker still running.
    const dir = mkdtempSync(join(tmpdir(), 'rb-prestart-'));
    const file = join(dir, 'prestart.mjs');
    writeFileSync(file, script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8', timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('started 1');
  });
});
