import { dirname, resolve } from 'node:path';
import { toModuleKey } from '../js/to-module-key.ts';

/** The project key (toModuleKey) of a relative import in `filename`; undefined for packages. */
export function resolveModuleKey(filename: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return toModuleKey(resolve(dirname(filename), specifier));
}
