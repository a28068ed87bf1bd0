import { Worker } from 'node:worker_threads';

/**
 * Below this many files a run uses no worker threads by default: starting one and loading the parser in
 * it (~0.1 s) costs more than reading so few files takes, so nothing would overlap.
 */
export const POOL_MIN_FILES = 2000;

export interface WorkerPool<TTask, TResult> {
  /** Runs one task on a worker thread (started on first use), or in-band when no worker is available. */
  run(task: TTask): Promise<TResult>;
  /** Lets the workers finish what they were sent, then stops them. */
  close(): Promise<void>;
  /**
   * Starts the first worker now, before any task (no-op when the pool runs in-band or one is started): it
   * loads its code while this thread is still busy finding the files. It keeps the process alive only once
   * it has a task.
   */
  prestart(): void;
  /** Threads the pool may start (0: every task runs in-band). */
  readonly size: number;
  /** Workers started so far (0 while no task has run, or when the pool runs in-band). */
  readonly started: number;
  /** Workers that died or could not start (their tasks were answered in-band). */
  readonly lost: number;
}

export interface WorkerPoolOptions<TTask, TResult> {
  /** Worker entry (built JavaScript that calls serveWorkerTasks). */
  entry: URL;
  /** Threads to use; 0 runs every task in-band. */
  size: number;
  workerData?: unknown;
  /** The same work on this thread: used when size is 0 and for tasks a lost worker still held. */
  inBand: (task: TTask) => TResult | Promise<TResult>;
  /**
   * The result for the task a worker was most likely running when it died (its oldest unfinished one);
   * the worker's other unfinished tasks run in-band. Default: run it in-band too.
   */
  onCrash?: (task: TTask, reason: string) => TResult | Promise<TResult>;
}

interface Slot<TTask, TResult> {
  worker: Worker;
  pending: Map<number, { task: TTask; resolve: (r: TResult | Promise<TResult>) => void }>;
  alive: boolean;
}

/**
 * A pool of worker threads for CPU-bound per-file work, made so that the main thread can keep reading
 * files while the workers parse: tasks are posted as soon as they are known (a worker's inbox never runs
 * dry while the main thread is busy in a synchronous loop), each to the worker with the fewest unfinished
 * tasks. Workers start on the first task, so a run with nothing to parse pays nothing. A worker that dies
 * loses nothing: its unfinished tasks are answered by `onCrash` (the oldest) and `inBand` (the rest), and
 * later tasks go to the remaining workers or in-band. Results come back in whatever order the workers
 * finish; callers that need an order keep their own index.
 */
export function createWorkerPool<TTask, TResult>(
  options: WorkerPoolOptions<TTask, TResult>,
): WorkerPool<TTask, TResult> {
  const slots: Slot<TTask, TResult>[] = [];
  const outstanding = new Set<Promise<TResult>>();
  let nextId = 0;
  let closed = false;
  let lost = 0;

  const startSlot = (): Slot<TTask, TResult> => {
    const worker = new Worker(options.entry, { workerData: options.workerData });
    const slot: Slot<TTask, TResult> = { worker, pending: new Map(), alive: true };
    worker.on('message', (message: { id: number; result?: TResult; error?: string }) => {
      const entry = slot.pending.get(message.id);
      if (!entry) return;
      slot.pending.delete(message.id);
      if (message.error !== undefined) entry.resolve(settleInBand(entry.task));
      else entry.resolve(message.result as TResult);
    });
    const lose = (reason: string) => {
      if (!slot.alive) return;
      slot.alive = false;
      lost++;
      let oldest = true;
      for (const { task, resolve } of slot.pending.values()) {
        resolve(oldest && options.onCrash ? options.onCrash(task, reason) : settleInBand(task));
        oldest = false;
      }
      slot.pending.clear();
    };
    worker.on('error', (error) => lose(`worker crashed: ${error.message}`));
    worker.on('messageerror', (error) => lose(`worker message error: ${error.message}`));
    worker.on('exit', (code) => lose(`worker exited (code ${code})`));
    slots.push(slot);
    return slot;
  };

  const settleInBand = async (task: TTask): Promise<TResult> => options.inBand(task);

  const pickSlot = (): Slot<TTask, TResult> | undefined => {
    const alive = slots.filter((s) => s.alive);
    const idle = alive.find((s) => s.pending.size === 0);
    if (idle) return idle;
    if (slots.length < options.size) return startSlot();
    return alive.reduce<Slot<TTask, TResult> | undefined>(
      (best, s) => (!best || s.pending.size < best.pending.size ? s : best),
      undefined,
    );
  };

  return {
    size: options.size,
    get started() {
      return slots.length;
    },
    get lost() {
      return lost;
    },
    run(task) {
      const slot = closed ? undefined : pickSlot();
      if (!slot) return settleInBand(task);
      const id = nextId++;
      slot.worker.ref();
      const result = new Promise<TResult>((resolve) => {
        slot.pending.set(id, { task, resolve });
        slot.worker.postMessage({ id, task });
      });
      outstanding.add(result);
      void result.finally(() => outstanding.delete(result));
      return result;
    },
    prestart() {
      // Unreferenced until its first task: a run that stops before sending any (an error) still exits.
      if (!closed && slots.length === 0 && options.size > 0) startSlot().worker.unref();
    },
    async close() {
      closed = true;
      await Promise.allSettled([...outstanding]);
      await Promise.all(
        slots.map(async (slot) => {
          slot.alive = false;
          await slot.worker.terminate();
        }),
      );
    },
  };
}
