import type { Finding } from './types.ts';

/** The on-disk baseline (`--baseline` / `--update-baseline`). */
export interface BaselineFile {
  version: 1;
  tool: 'rb-migrate';
  /** No message or snippet on purpose: the file must not itself contain V1 URLs for check/rewrite to find. */
  findings: Array<{ fingerprint: string; rule: string; path: string }>;
}

/** Builds the baseline document for the given (fingerprinted) findings, sorted for stable diffs. */
export function createBaselineFile(findings: readonly Finding[]): BaselineFile {
  return {
    version: 1,
    tool: 'rb-migrate',
    findings: findings
      .map((f) => ({ fingerprint: f.fingerprint ?? '', rule: f.rule, path: f.path }))
      .sort((a, b) => (a.path + a.fingerprint < b.path + b.fingerprint ? -1 : 1)),
  };
}
