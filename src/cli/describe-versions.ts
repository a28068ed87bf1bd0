import { createRequire } from 'node:module';
import { readOwnVersion } from '../files/read-own-version.ts';

/**
 * `rb-migrate --version`: our version (readOwnVersion) plus the engines underneath (what bug reports need).
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
