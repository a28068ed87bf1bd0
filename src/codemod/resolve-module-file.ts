import { dirname, resolve } from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The project file a relative import specifier points at, among the files the project context knows
 * (`./config` → config.ts, `./config.js` → config.ts as TypeScript ESM writes it, `./lib` → lib/index.ts).
 */
export function resolveModuleFile(
  fromFile: string,
  specifier: string,
  known: ReadonlySet<string>,
): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(resolve(fromFile)), specifier);
  const stem = base.replace(/\.[mc]?[jt]sx?$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => stem + e),
    ...EXTENSIONS.map((e) => `${base}/index${e}`),
  ];
  return candidates.find((c) => known.has(c));
}
