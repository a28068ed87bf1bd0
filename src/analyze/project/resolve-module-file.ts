import { dirname, isAbsolute, resolve } from 'node:path';

/** Source extensions a module specifier may leave out or spell as `.js` (TypeScript ESM). */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const SOURCE = /\.[mc]?[jt]sx?$/;
const JSON_MODULE = /\.json$/;

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
  const base = resolve(dirname(resolve(fromFile)), specifier);
  const stem = base.replace(SOURCE, '');
  const accepts = typeof known === 'function' ? known : (path: string) => known.has(path);
  if (JSON_MODULE.test(base)) return accepts(base) ? base : undefined;
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => stem + e),
    ...EXTENSIONS.map((e) => `${base}/index${e}`),
  ];
  return candidates.find((c) => SOURCE.test(c) && !/\.d\.[cm]?ts$/.test(c) && accepts(c));
}
