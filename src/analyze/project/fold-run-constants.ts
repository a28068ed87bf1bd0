import type { ProjectContext } from '../js/types.ts';
import { foldExportedConstants } from './fold-exported-constants.ts';
import type { FileFacts } from './read-file-facts.ts';
import { resolveModuleFile } from './resolve-module-file.ts';

/**
 * The exported constants another file of the run may need, folded on the syntax tree (one parse per
 * module, only of the modules a fold reaches): those of the modules mentioning V1, or re-exporting from one,
 * that some file imports (a V1 URL constant), and those of every module imported by a file that may send
 * a V1 request (an input URL). Modules are resolved among the run's files only (closed world).
 */
export async function foldRunConstants(
  files: ReadonlyArray<{ absolute: string }>,
  js: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
): Promise<Pick<ProjectContext, 'constants' | 'origins'>> {
  // Nothing mentions V1: no request to send a constant with, and no V1 URL constant.
  if (!facts.some((f) => f.sensei)) return { constants: {} };
  const known = new Set(files.map((f) => f.absolute));
  const providers = findConstantProviders(js, facts);
  const entries = new Set<string>();
  js.forEach((file, i) => {
    const imports = facts[i]!.imports;
    // A file that may send a V1 request (it mentions V1 or imports a V1 URL constant): every module it
    // imports may hold a value of its payload (an input URL).
    const sends = facts[i]!.sensei || imports.some((t) => resolveModuleFile(t, t, providers));
    for (const target of imports) {
      const module = resolveModuleFile(target, target, sends ? known : providers);
      if (module && module !== file.absolute && !module.endsWith('.json')) entries.add(module);
    }
  });
  if (entries.size === 0) return { constants: {} };
  // Loaded only now: the parser is not needed by runs that share no constants across files.
  const { createConstantFolder } = await import('./create-constant-folder.ts');
  const folder = createConstantFolder({ accepts: (path) => known.has(path) });
  return foldExportedConstants([...entries].sort(), folder);
}

/**
 * The modules that may export a V1 URL constant: those mentioning V1, and those re-exporting (barrels)
 * from such a module, directly or through other barrels.
 */
function findConstantProviders(
  js: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
): Set<string> {
  const providers = new Set(js.filter((_, i) => facts[i]!.sensei).map((f) => f.absolute));
  const barrels = js.flatMap((f, i) =>
    facts[i]!.reexports ? [{ file: f.absolute, imports: facts[i]!.imports }] : [],
  );
  for (let grew = providers.size > 0; grew;) {
    grew = false;
    for (const barrel of barrels) {
      if (providers.has(barrel.file)) continue;
      if (!barrel.imports.some((t) => resolveModuleFile(t, t, providers))) continue;
      providers.add(barrel.file);
      grew = true;
    }
  }
  return providers;
}
