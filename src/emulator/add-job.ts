import { evictJobs } from './evict-jobs.ts';
import { scheduleJob } from './schedule-job.ts';
import type { EmulatedJob, EmulatorState } from './types.ts';

/** Keeps a new job (making room under `maxJobs` first) and starts it. */
export function addJob(state: EmulatorState, job: EmulatedJob): void {
  evictJobs(state, 1);
  state.jobs.set(job.id, job);
  scheduleJob(state, job);
}
