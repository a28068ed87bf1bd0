import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The part of Prettier's API (2.x and 3.x alike; 2.x answers synchronously) that rewrite uses. */
export interface ProjectPrettier {
  version: string;
  resolveConfigFile(filePath: string): Promise<string | null> | string | null;
  getFileInfo(
    filePath: string,
    options: { ignorePath?: string | string[]; resolveConfig?: boolean },
  ): Promise<{ ignored: boolean; inferredParser: string | null }>;
  resolveConfig(filePath: string, options: { editorconfig: boolean }): Promise<object | null> | object | null;
  check(source: string, options: object): Promise<boolean> | boolean;
  format(source: string, options: object): Promise<string> | string;
}

/** Resolutions per directory (one run sees many files per directory). */
const byDirectory = new Map<string, ProjectPrettier | null>();

/**
 * The `prettier` the project itself installs, resolved the way the project's own code would (node_modules
 * from the file's directory up), or undefined when the project has none: rewrite never formats with a
 * Prettier the project does not use.
 */
export function loadProjectPrettier(absolutePath: string): ProjectPrettier | undefined {
  const dir = dirname(absolutePath);
  let found = byDirectory.get(dir);
  if (found === undefined) {
    try {
      const require = createRequire(join(dir, 'noop.js'));
      const loaded = require(require.resolve('prettier')) as ProjectPrettier & { default?: ProjectPrettier };
      found = typeof loaded.format === 'function' ? loaded : (loaded.default ?? null);
    } catch {
      found = null;
    }
    byDirectory.set(dir, found);
  }
  return found ?? undefined;
}
