import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The top of the git work tree containing `dir` (the nearest directory with a `.git`), or undefined. */
export function findWorkTreeTop(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
