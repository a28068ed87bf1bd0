import { dirname } from 'node:path';
import { loadProjectPrettier } from './load-project-prettier.ts';
import type { PrettierMode } from './plan-file-rewrite.ts';

/** Config lookups per directory (one run sees many files per directory). */
const configFileByDir = new Map<string, Promise<string | null>>();

/**
 * Formats a changed file with the project's own Prettier (resolved from the project, 2.x or 3.x) and config,
 * and only when the file was Prettier-clean before the rewrite, so a file the project does not format is
 * never reflowed. `auto` also needs a Prettier config file that applies; `on` formats with Prettier's
 * defaults when there is none; `.prettierignore` is honoured in both. Returns `after` unchanged when Prettier
 * is off, the project has none, the file is ignored or was not clean, or Prettier cannot parse it.
 */
export async function formatWithPrettier(
  before: string,
  after: string,
  absolutePath: string,
  mode: PrettierMode,
): Promise<string> {
  if (mode === 'off') return after;
  const prettier = loadProjectPrettier(absolutePath);
  if (!prettier) return after;
  const dir = dirname(absolutePath);
  let configFile = configFileByDir.get(dir);
  if (!configFile) {
    configFile = Promise.resolve(prettier.resolveConfigFile(absolutePath));
    configFileByDir.set(dir, configFile);
  }
  const found = await configFile;
  if (mode === 'auto' && !found) return after;
  const info = await prettier.getFileInfo(absolutePath, {
    resolveConfig: true,
    ...findIgnorePath(found, prettier.version),
  });
  if (info.ignored || !info.inferredParser) return after;
  const config = (await prettier.resolveConfig(absolutePath, { editorconfig: true })) ?? {};
  const options = { ...config, filepath: absolutePath };
  try {
    if (!(await prettier.check(before, options))) return after;
    return await prettier.format(after, options);
  } catch {
    return after;
  }
}

/** The ignore files next to the config: Prettier 3 takes a list, Prettier 2 a single path. */
function findIgnorePath(configFile: string | null, version: string): { ignorePath?: string | string[] } {
  if (!configFile) return {};
  const dir = configFile.slice(0, configFile.lastIndexOf('/') + 1);
  return version.startsWith('2.')
    ? { ignorePath: `${dir}.prettierignore` }
    : { ignorePath: [`${dir}.prettierignore`, `${dir}.gitignore`] };
}
