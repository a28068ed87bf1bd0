import { dirname, isAbsolute, resolve } from 'node:path';

/** Source extensions a module specifier may leave out or spell as `.js` (TypeScript ESM). */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE = /\.[mc]?[jt]sx?$/;
const JSON_MODULE = /\.json$/;
const DECLARATION = /\.d\.[cm]?ts$/;

/**
 * The project's one module resolver: the source file a relative import specifier points at, among the files
 * `known` accepts (a set of absolute paths, or a test such as "exists on disk"). `./config` → config.ts,
 * `./config.js` → config.ts as TypeScript ESM writes it, `./lib` → lib/index.ts. `specifier` may also be an
 * absolute target already joined with the importing file's directory. A specifier naming a `.json` file
 * resolves to it (a JSON module). Packages (bare specifiers) resolve to undefined. `.d.ts` files are never a
 * module's source.
 */
export function resolveModuleFile(
  fromFile: string,
  specifier: string,
  known: ReadonlySet<string> | ((path: string) => boolean),
): string | undefined {
  if (!specifier.startsWith('.') && !isAbsolute(specifier)) return undefined;
  // (called once per import of every file of a run: no arrays, no regex per candidate)
  const base = isAbsolute(specifier) ? specifier : resolve(dirname(resolve(fromFile)), specifier);
  const accepts = typeof known === 'function' ? known : (path: string) => known.has(path);
  if (JSON_MODULE.test(base)) return accepts(base) ? base : undefined;
  if (SOURCE.test(base) && !DECLARATION.test(base) && accepts(base)) return base;
  const stem = base.replace(SOURCE, '');
  for (const e of EXTENSIONS) if (accepts(stem + e) && !DECLARATION.test(stem + e)) return stem + e;
  for (const e of EXTENSIONS) if (accepts(`${base}/index${e}`)) return `${base}/index${e}`;
  return undefined;
}
