import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * `rb-migrate --version`: our version plus the engines underneath (what bug reports need). Our own
 * package.json is found by walking up from this module, which works from the sources, the tsc output and
 * the CLI bundle alike.
 */
export function describeVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string): string => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  return [
    `rb-migrate ${readOwnVersion()}`,
    `node ${process.versions.node}`,
    `jscodeshift ${version('jscodeshift')}`,
    `ts-morph ${version('ts-morph')}`,
    `prettier ${version('prettier')}`,
    `zod ${version('zod')}`,
  ].join('\n');
}

function readOwnVersion(): string {
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
