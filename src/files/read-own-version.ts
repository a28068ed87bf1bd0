import { readFileSync } from 'node:fs';

/**
 * rb-migrate's own version, from the package.json found by walking up from this module (works from the
 * sources, the tsc output and the CLI bundle alike).
 */
export function readOwnVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'rb-migrate' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep walking up
    }
    if (dir.pathname === '/') return 'unknown';
  }
}
