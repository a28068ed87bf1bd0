import type { Finding } from './types.ts';

/** The on-disk baseline (`--baseline` / `--update-baseline`). */
export interface BaselineFile {
  version: 1;
  tool: 'rb-migrate';
  findings: Array<{ fingerprint: string; rule: string; path: string; message: string }>;
}

/** Builds the baseline document for the given (fingerprinted) findings, sorted for stable diffs. */
export function createBaselineFile(findings: readonly Finding[]): BaselineFile {
  return {
    version: 1,
    tool: 'rb-migrate',
    findings: findings
      .map((f) => ({ fingerprint: f.fingerprint ?? '', rule: f.rule, path: f.path, message: f.message }))
      .sort((a, b) => (a.path + a.fingerprint < b.path + b.fingerprint ? -1 : 1)),
  };
}
