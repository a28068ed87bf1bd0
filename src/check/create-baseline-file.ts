import type { Finding } from './types.ts';

/** The on-disk baseline (`--baseline` / `--update-baseline`). */
export interface BaselineFile {
  version: 1;
  tool: 'rb-migrate';
  /** No message or snippet on purpose: the file must not itself contain V1 URLs for check/rewrite to find. */
  findings: Array<{ fingerprint: string; rule: string; path: string }>;
  /**
   * Losses migrated on purpose (`rewrite --accept-loss`): strict-JSON bodies whose V2 form drops something
   * (RB110 output.href, ...). Optional, so a version 1 file without it stays valid; check lists them as info.
   */
  acceptedLosses?: AcceptedLoss[];
}

/** One accepted loss: the file, the JSON pointer of the body, the translator code and message, and its id. */
export interface AcceptedLoss {
  path: string;
  pointer: string;
  code: string;
  message: string;
  fingerprint: string;
}

/**
 * Builds the baseline document for the given (fingerprinted) findings, sorted for stable diffs; accepted
 * losses already recorded are kept as they are.
 */
export function createBaselineFile(
  findings: readonly Finding[],
  acceptedLosses: readonly AcceptedLoss[] = [],
): BaselineFile {
  return {
    version: 1,
    tool: 'rb-migrate',
    findings: findings
      .map((f) => ({ fingerprint: f.fingerprint ?? '', rule: f.rule, path: f.path }))
      .sort((a, b) => (a.path + a.fingerprint < b.path + b.fingerprint ? -1 : 1)),
    ...(acceptedLosses.length > 0 ? { acceptedLosses: [...acceptedLosses] } : {}),
  };
}
