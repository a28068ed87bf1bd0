import jscodeshift from 'jscodeshift';
import type { ASTNode, ASTPath, Collection } from 'jscodeshift';
import type { AnyPath } from './types.ts';

interface PathIndex {
  all: AnyPath[];
  byType: Map<string, AnyPath[]>;
}

const { getFieldNames, getFieldValue, getSupertypeNames } = jscodeshift.types as unknown as {
  getFieldNames: (node: object) => string[];
  getFieldValue: (node: object, name: string) => unknown;
  getSupertypeNames: (type: string) => string[];
};
const hasOwn = Object.prototype.hasOwnProperty;
const INDEXES = new WeakMap<object, PathIndex>();
const SUPERTYPES = new Map<string, ReadonlySet<string>>();

/**
 * `root.find(j[type], filter)` served from an index. The tree is traversed ONCE per root (on the first
 * call), every node path is recorded in document order, and each call filters that list by type, supertypes
 * included (`Literal` finds `StringLiteral`, `Node` finds everything), as jscodeshift's `find` does; the
 * root path itself is not returned, as with `find`. A traversal through ast-types costs about as much as
 * parsing the file, and the codemod used to run one per lookup (about 20 per file). The paths are the same
 * NodePath objects (ast-types caches child paths), so `scope`, `parent` and `get` work as before.
 *
 * While indexing, `catch {}` clauses (no binding) get a binding no code can name: ast-types' scope scanner
 * crashes on them otherwise. Nodes only; the text is never printed from the tree. The tree must not be
 * edited after the first call (the codemod never does: it splices text).
 */
export function findPaths(
  root: Collection<ASTNode>,
  type: string,
  filter?: (node: ASTNode) => boolean,
): AnyPath[] {
  let index = INDEXES.get(root);
  if (!index) {
    index = { all: collectPaths(root), byType: new Map() };
    INDEXES.set(root, index);
  }
  let list = index.byType.get(type);
  if (!list) {
    list = index.all.filter((p) => isA(p.value.type, type));
    index.byType.set(type, list);
  }
  return filter ? list.filter((p) => filter(p.value)) : list;
}

/**
 * The same paths, in the same order, as an ast-types PathVisitor with a `visitNode` method would reach
 * (pre-order, children in the order of the node type's field definitions, missing fields filled with their
 * defaults as ast-types does), but without a NodePath per primitive field or a visitor context per node.
 */
function collectPaths(root: Collection<ASTNode>): AnyPath[] {
  const all: AnyPath[] = [];
  const visit = (path: ASTPath, isStart: boolean): void => {
    // Fields are walked by name (ast-types' field lists), so the node is read as a record here.
    const node = path.value as ASTNode & Record<string, unknown>;
    if (node.type === 'CatchClause' && node.param === null) {
      const record: Record<string, unknown> = node;
      record.param = { type: 'Identifier', name: '\u0000catch', start: record.start, end: record.start };
    }
    const names = getFieldNames(node);
    if (!isStart && isA(node.type, 'Node')) all.push(path);
    for (const name of names) {
      if (!hasOwn.call(node, name)) node[name] = getFieldValue(node, name);
      const child = node[name];
      if (child === null || typeof child !== 'object') continue;
      if (Array.isArray(child)) {
        const list = path.get(name);
        for (let i = 0; i < child.length; i++) {
          if (isNode(child[i])) visit(list.get(i), false);
        }
      } else if (isNode(child)) visit(path.get(name), false);
    }
  };
  for (const start of root.paths()) visit(start, true);
  return all;
}

function isNode(value: unknown): boolean {
  return (
    value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
  );
}

function isA(nodeType: string, type: string): boolean {
  if (nodeType === type) return true;
  let supers = SUPERTYPES.get(nodeType);
  if (!supers) {
    supers = new Set(getSupertypeNames(nodeType));
    SUPERTYPES.set(nodeType, supers);
  }
  return supers.has(type);
}
