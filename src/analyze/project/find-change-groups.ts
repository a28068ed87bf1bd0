import { createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { ProjectFacts } from './collect-project-context.ts';
import type { FileFacts } from './read-file-facts.ts';
import { resolveModuleFile } from './resolve-module-file.ts';

const JS_EXTENSION = /\.(?:[mc]?[jt]s|tsx|jsx)$/;
const V1_PATH = createV1PathPattern('');

/**
 * The files whose V1 usage changes together across files (closed world), from the facts the project
 * context was built on: a module exporting a V1 URL constant and its importers (the URL there, the body
 * here), an SDK wrapper module and its importers, a JSON config and the code reading it, a shared poller and
 * the submitters importing it. Returns, for each file of a multi-file group, the other files of its group
 * (transitively, sorted). Files alone are absent: their edits are all in themselves.
 */
export function findChangeGroups(
  files: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
  context: ProjectFacts,
): Map<string, string[]> {
  const known = new Set(files.map((f) => f.absolute));
  const parent = new Map<string, string>();
  const find = (a: string): string => {
    let root = a;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(a, root);
    return root;
  };
  const unite = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  const project = context.project;
  const exporters = new Set(
    Object.entries(project?.constants ?? {})
      .filter(([, values]) => Object.values(values).some((v) => V1_PATH.test(v) || /\/sensei\/?$/.test(v)))
      .map(([path]) => path),
  );
  const sdkModules = new Set([
    ...Object.keys(project?.sdk?.modules ?? {}),
    ...Object.keys(project?.sdk?.blocked ?? {}),
  ]);
  const pollers = new Set(Object.keys(project?.linkReaders ?? {}));
  files.forEach((file, i) => {
    for (const target of facts[i]!.imports) {
      const resolved = resolveModuleFile(target, target, known);
      if (!resolved) continue;
      const stem = resolved.replace(JS_EXTENSION, '');
      const submits = facts[i]!.sensei || facts[i]!.sdk;
      if (exporters.has(resolved) || sdkModules.has(stem) || (submits && pollers.has(stem)))
        unite(file.absolute, resolved);
    }
  });
  for (const [config, { readers }] of Object.entries(project?.configs ?? {}))
    for (const reader of readers) unite(config, reader);
  const members = new Map<string, string[]>();
  for (const path of parent.keys()) {
    const root = find(path);
    members.set(root, [...(members.get(root) ?? []), path]);
  }
  const groups = new Map<string, string[]>();
  for (const group of members.values())
    for (const path of group) if (group.length > 1) groups.set(path, group.filter((p) => p !== path).sort());
  return groups;
}
