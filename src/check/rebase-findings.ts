import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Finding } from './types.ts';

/**
 * The findings with paths relative to `root` instead of `cwd` (POSIX separators), for reports read from the
 * repository root (SARIF uploads, GitHub annotations) when check ran in a subdirectory. Paths that would leave
 * `root` are kept as they were.
 */
export function rebaseFindings(findings: readonly Finding[], cwd: string, root: string): Finding[] {
  const from = realpathSync(cwd);
  const to = realpathSync(root);
  if (from === to) return [...findings];
  return findings.map((f) => {
    const path = relative(to, resolve(from, f.path));
    return path.startsWith('..') ? f : { ...f, path: path.split(sep).join('/') };
  });
}
