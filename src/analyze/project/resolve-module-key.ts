import { toModuleKey } from '../js/to-module-key.ts';
import { resolveModuleFile } from './resolve-module-file.ts';

/**
 * The project key (toModuleKey) of the module a relative specifier of `filename` resolves to, among the
 * modules `known` has a key for (SDK wrapper modules, shared pollers, the run's files), with
 * resolveModuleFile's rules (`./lib` → lib/index, `./a.js` → a.ts); undefined for packages and unknown
 * modules.
 */
export function resolveModuleKey(
  filename: string,
  specifier: string,
  known: (key: string) => boolean,
): string | undefined {
  const file = resolveModuleFile(filename, specifier, (path) => known(toModuleKey(path)));
  return file === undefined ? undefined : toModuleKey(file);
}
