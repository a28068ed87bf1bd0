import { dirname } from 'node:path';
import type { PrettierMode } from './plan-file-rewrite.ts';

/** Config lookups per directory (one run sees many files per directory). */
const configFileByDir = new Map<string, Promise<string | null>>();

/**
 * Formats a changed file with the project's own Prettier setup. `auto` formats only when a Prettier config
 * applies to the file; `on` formats with defaults when there is none; `.prettierignore` is honoured in both.
 * Returns the input unchanged when Prettier is off, not applicable, or cannot parse the file.
 */
export async function formatWithPrettier(
  text: string,
  absolutePath: string,
  mode: PrettierMode,
): Promise<string> {
  if (mode === 'off') return text;
  const prettier = await import('prettier');
  const dir = dirname(absolutePath);
  let configFile = configFileByDir.get(dir);
  if (!configFile) {
    configFile = prettier.resolveConfigFile(absolutePath);
    configFileByDir.set(dir, configFile);
  }
  const found = await configFile;
  if (mode === 'auto' && !found) return text;
  const info = await prettier.getFileInfo(absolutePath, {
    resolveConfig: true,
    ignorePath: findIgnorePath(found),
  });
  if (info.ignored || !info.inferredParser) return text;
  const config = (await prettier.resolveConfig(absolutePath, { editorconfig: true })) ?? {};
  try {
    return await prettier.format(text, { ...config, filepath: absolutePath });
  } catch {
    return text;
  }
}

function findIgnorePath(configFile: string | null): string[] | undefined {
  if (!configFile) return undefined;
  const dir = configFile.slice(0, configFile.lastIndexOf('/') + 1);
  return [`${dir}.prettierignore`, `${dir}.gitignore`];
}
