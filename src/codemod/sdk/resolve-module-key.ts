import { dirname, resolve } from 'node:path';

/** The project key (absolute path without extension) of a relative import in `filename`; undefined for packages. */
export function resolveModuleKey(filename: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return resolve(dirname(filename), specifier).replace(/\.(?:[mc]?[jt]s|tsx|jsx)$/, '');
}
