import { fetchInput } from './fetch-input.ts';
import { renderResultPng } from './render-result-png.ts';
import type { EmulatedJob, EmulatorState } from './types.ts';
import { writeV1Output } from './write-v1-output.ts';
import { redactSecrets } from 'rb-migrate-runtime/mapping';

const RESULT_MEDIA_TYPE = 'image/png';

/**
 * Moves a job pending → running (after `latencyMs`) → succeeded/failed (after another `latencyMs` plus the
 * work): fetch the input, render the PNG, then V1 writes it to `output.href`, V2 hosts it at an expiring URL.
 * A job evicted before a step (evictJobs) stops there.
 */
export function scheduleJob(state: EmulatorState, job: EmulatedJob): void {
  const fails = state.options.failRate > 0 && state.random() < state.options.failRate;
  const later = (fn: () => void) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      job.timer = undefined;
      // A job forgotten meanwhile (TTL, maxJobs) is not worked on: nothing of it is kept any more.
      if (state.jobs.get(job.id) === job) fn();
    }, state.options.latencyMs);
    state.timers.add(timer);
    job.timer = timer;
  };
  later(() => {
    setStatus(job, 'running');
    later(() => {
      void finish(state, job, fails);
    });
  });
}

async function finish(state: EmulatorState, job: EmulatedJob, fails: boolean): Promise<void> {
  if (fails) {
    job.error = { code: 'runtime_error', message: 'emulated failure (fail rate)' };
    setStatus(job, 'failed');
    return;
  }
  try {
    const input = await fetchInput(state, job.inputUrl);
    if (state.jobs.get(job.id) !== job) return;
    const output = job.v1?.body.output;
    const png = renderResultPng(input, {
      mode: job.mode === 'mask' ? 'mask' : 'cutout',
      binary: output?.mask?.format === 'binary',
      opaque: job.mode === 'cutout' && output?.color?.space === 'rgb',
    });
    if (job.v1) {
      await writeV1Output(state, job.v1.body.output, png);
    } else {
      const key = `results/${job.id.replace(/[^A-Za-z0-9-]/g, '_')}.png`;
      state.storage.write(key, png, RESULT_MEDIA_TYPE);
      job.resultKey = key;
      job.resultUrl = state.storage.url(key, { access: 'read', expiresInMs: state.options.resultTtlMs });
      job.resultMediaType = RESULT_MEDIA_TYPE;
    }
    setStatus(job, 'succeeded');
  } catch (error) {
    // The message may quote the input or output URL (Node's fetch does, userinfo included).
    job.error = { code: 'runtime_error', message: redactSecrets((error as Error).message) };
    setStatus(job, 'failed');
  }
}

function setStatus(job: EmulatedJob, status: EmulatedJob['status']): void {
  job.status = status;
  job.modified = new Date().toISOString();
}
