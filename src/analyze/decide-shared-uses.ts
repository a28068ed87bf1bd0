import type { SharedUse } from './model.ts';

/**
 * The closed world for values several files use (an exported V1 URL constant): given what each file's
 * plan did with them, the values some file could not migrate with (a request sending the URL stays V1). Those
 * must stay V1 in every file, including the ones that could have migrated (RB262), since a URL and every
 * body sent to it change together or not at all.
 */
export function decideSharedUses(uses: ReadonlyArray<readonly SharedUse[] | undefined>): Set<string> {
  const held = new Set<string>();
  for (const list of uses) for (const use of list ?? []) if (!use.applied) held.add(use.key);
  return held;
}
