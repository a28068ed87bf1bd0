import { createHash } from 'node:crypto';
import type { AcceptedLoss } from './create-baseline-file.ts';

/**
 * Adds newly accepted losses to those a baseline already records: each gets a fingerprint (path, JSON pointer,
 * code), one already recorded is not added twice, and the list is sorted for stable diffs.
 */
export function mergeAcceptedLosses(
  recorded: readonly AcceptedLoss[],
  added: ReadonlyArray<Omit<AcceptedLoss, 'fingerprint'>>,
): AcceptedLoss[] {
  const byFingerprint = new Map(recorded.map((l) => [l.fingerprint, l]));
  for (const loss of added) {
    const fingerprint = createHash('sha256')
      .update(`${loss.path}\0${loss.pointer}\0${loss.code}`)
      .digest('hex')
      .slice(0, 20);
    if (!byFingerprint.has(fingerprint)) byFingerprint.set(fingerprint, { ...loss, fingerprint });
  }
  return [...byFingerprint.values()].sort((a, b) =>
    a.path !== b.path ? (a.path < b.path ? -1 : 1) : a.pointer + a.code < b.pointer + b.code ? -1 : 1,
  );
}
