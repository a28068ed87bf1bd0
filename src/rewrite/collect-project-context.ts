import { readFile } from 'node:fs/promises';
import type { ProjectContext } from '../codemod/types.ts';
import { mapWithConcurrency } from '../files/map-with-concurrency.ts';
import { createV1PathPattern } from '../spec/v1-path-pattern.ts';
import { loadCodemod } from './load-codemod.ts';

const JS = /\.(?:[cm]?[jt]sx?)$/i;

/**
 * Builds the cross-file ProjectContext for the codemod from the JS/TS files that mention `sensei` (only
 * those can define V1 URL constants), plus the names of those constants (for the prefilter). Returns an
 * empty context when the resolver is unavailable or fails; single-file resolution still works then.
 */
export async function collectProjectContext(
  files: ReadonlyArray<{ absolute: string }>,
): Promise<{ project?: ProjectContext; constantNames: string[]; warning?: string }> {
  const js = files.filter((f) => JS.test(f.absolute) && !/\.d\.[cm]?ts$/i.test(f.absolute));
  const flags = await mapWithConcurrency(js, 64, async (f) => {
    const text = await readFile(f.absolute).catch(() => undefined);
    return text !== undefined && text.length < 8 * 1024 * 1024 && text.includes('sensei');
  });
  const candidates = js.filter((_, i) => flags[i]).map((f) => f.absolute);
  if (candidates.length === 0) return { constantNames: [] };
  try {
    const codemod = await loadCodemod();
    if (!codemod.collectProjectConstants) return { constantNames: [] };
    const project = await codemod.collectProjectConstants(candidates);
    const pattern = createV1PathPattern('');
    const names = new Set<string>();
    for (const constants of Object.values(project.constants))
      for (const [name, value] of Object.entries(constants))
        if (pattern.test(value) || /\/sensei\/?$/.test(value)) names.add(name);
    return { project, constantNames: [...names] };
  } catch (error) {
    return {
      constantNames: [],
      warning: `cross-file constant resolution failed (${(error as Error).message}); continuing file by file`,
    };
  }
}
