import { createHash } from 'node:crypto';
import type { Finding } from './types.ts';

/**
 * Gives every finding a stable fingerprint: rule + path + a hash of its source line with whitespace
 * normalised, plus the occurrence number among identical (rule, path, line text) findings. Moving code up or
 * down a file keeps the fingerprint; editing the flagged line changes it.
 */
export function fingerprintFindings(findings: readonly Finding[]): Finding[] {
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const normalised = f.snippet.replace(/\s+/g, ' ').trim();
    const digest = createHash('sha256')
      .update(`${f.rule}\0${f.path}\0${normalised}`)
      .digest('hex')
      .slice(0, 20);
    const n = occurrences.get(digest) ?? 0;
    occurrences.set(digest, n + 1);
    return { ...f, fingerprint: `${digest}:${n}` };
  });
}
