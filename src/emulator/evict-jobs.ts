import type { EmulatorState } from './types.ts';

/**
 * Forgets jobs past their TTL, and the oldest ones while more than `maxJobs` (minus `room`, kept free for
 * jobs about to be added) are held: jobs are kept in creation order, so only the head is ever looked at. A
 * forgotten job's pending step is cancelled; one already running sees the job is gone and stops.
 */
export function evictJobs(state: EmulatorState, room = 0): void {
  const { maxJobs, jobTtlMs } = state.options;
  const oldest = Date.now() - jobTtlMs;
  for (const [id, job] of state.jobs) {
    if (state.jobs.size + room <= maxJobs && Date.parse(job.created) >= oldest) break;
    state.jobs.delete(id);
    if (job.timer) {
      clearTimeout(job.timer);
      state.timers.delete(job.timer);
    }
  }
}
