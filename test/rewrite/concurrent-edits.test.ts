import { describe, expect, it } from 'vitest';
import { runConcurrentEdits } from '../../bench/concurrent-edits.ts';

// The README's figures come from the same driver at 2,000 files × 20 rounds (npm run bench -- concurrent-edits).
describe('rewrite under concurrent edits and SIGKILL', () => {
  it('loses no append, truncates no file, and leaves every file in one of the four allowed states', async () => {
    const r = await runConcurrentEdits({ files: 150, rounds: 3, appendEveryMs: 2 });
    expect(r.appends).toBeGreaterThan(0);
    expect(r.lost).toBe(0);
    expect(r.duplicated).toBe(0);
    expect(r.torn).toEqual([]);
    expect(r.unreported).toEqual([]);
    // Every file left original (with the edits made to it) was reported as changed during rewrite.
    expect(r.changedDuringRewrite).toBeGreaterThanOrEqual(r.states.original + r.states.originalWithAppends);
    const { original, originalWithAppends, migrated, migratedWithAppends, untouched } = r.states;
    expect(original + originalWithAppends + migrated + migratedWithAppends + untouched).toBe(
      r.files * r.rounds,
    );
  }, 180_000);
});
