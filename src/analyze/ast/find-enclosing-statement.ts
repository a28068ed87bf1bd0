import type { AnyPath } from './types.ts';

const LIST_OWNERS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** The statement (a member of a statement list) that contains the path; a TODO marker goes above it. */
export function findEnclosingStatement(path: AnyPath): AnyPath {
  let current = path;
  while (current.parent) {
    const owner = current.parent.node;
    if (LIST_OWNERS.has(owner.type) && Array.isArray(current.parentPath?.value)) return current;
    // `export const x = …`: the marker goes above the export.
    current = current.parent;
  }
  return current;
}
