import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { FileOutcome, PlannedRewrite } from './plan-file-rewrite.ts';

/**
 * Writes a planned rewrite (atomically: temp file + rename, mode kept) and returns the file's final
 * outcome: the plan's own, or `failed` with the reason when the file cannot be written (it is left as it
 * was). A plan without bytes (unchanged, skipped, failed, or a dry run) writes nothing.
 */
export async function commitRewrite(absolute: string, plan: PlannedRewrite): Promise<FileOutcome> {
  if (!plan.bytes) return plan.outcome;
  try {
    await writeFileAtomic(absolute, plan.bytes);
    return plan.outcome;
  } catch (error) {
    const { diff: _diff, ...rest } = plan.outcome;
    return {
      ...rest,
      status: 'failed',
      error: `cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}
