import jscodeshift from 'jscodeshift';
import type { ASTPath, Collection } from 'jscodeshift';

interface PathIndex {
  all: ASTPath<any>[];
  byType: Map<string, ASTPath<any>[]>;
}

const { visit, getSupertypeNames } = jscodeshift.types as unknown as {
  visit: (path: unknown, methods: object) => void;
  getSupertypeNames: (type: string) => string[];
};
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
  root: Collection<any>,
  type: string,
  filter?: (node: any) => boolean,
): ASTPath<any>[] {
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

function collectPaths(root: Collection<any>): ASTPath<any>[] {
  const all: ASTPath<any>[] = [];
  for (const start of root.paths())
    visit(start, {
      visitNode(this: { traverse: (path: unknown) => void }, path: ASTPath<any>) {
        const node = path.value;
        if (node.type === 'CatchClause' && node.param === null)
          node.param = { type: 'Identifier', name: '\u0000catch', start: node.start, end: node.start };
        if (path !== start) all.push(path);
        this.traverse(path);
      },
    });
  return all;
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
