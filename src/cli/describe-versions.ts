import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readOwnVersion } from '../files/read-own-version.ts';

/**
 * `rb-migrate --version`: our version (readOwnVersion) plus the engines underneath (what bug reports need).
 * Prettier is the one `rewrite` would use here: the project's own, resolved from `cwd` (rb-migrate bundles
 * none; without one, rewrite does not format).
 */
export function describeVersions(cwd: string = process.cwd()): string {
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
    `prettier ${describeProjectPrettier(cwd)}`,
    `zod ${version('zod')}`,
  ].join('\n');
}

/** The version of the project's own Prettier (what rewrite formats with), resolved from `cwd`. */
function describeProjectPrettier(cwd: string): string {
  try {
    const fromProject = createRequire(join(cwd, 'noop.js'));
    const pkg = JSON.parse(readFileSync(fromProject.resolve('prettier/package.json'), 'utf8')) as {
      version: string;
    };
    return `${pkg.version} (this project's; rewrite formats with it)`;
  } catch {
    return 'none in this project (rewrite does not format)';
  }
}
