import { execFileSync } from 'node:child_process';

/** The files `npm pack` would publish from `root` (scripts skipped: `prepare` would rebuild dist/ under other tests). */
export function listPackedFiles(root: string): Set<string> {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ files: { path: string }[] }];
  return new Set(pack.files.map((f) => f.path));
}
