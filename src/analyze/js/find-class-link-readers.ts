import type { AnyNode, AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { findPaths } from '../ast/find-paths.ts';
import { visitExports } from '../ast/visit-exports.ts';
import { readLinkUses } from './read-link-uses.ts';

/**
 * The exported classes and class instances of a module whose methods read the V1 status link
 * (readLinkUses decides what a body reads), keyed like findSharedPollers looks them up:
 * `Class.method` for an exported class (an importer calls it on `new Class(…)`), `instance.method` for an
 * exported instance (`export const jobs = new JobClient()`), and the bare `method` for a default-exported
 * instance (`export default new JobClient()`, `module.exports = new JobClient()`). A class whose methods read
 * the link of a value they did not receive (`this.job._links.self.href`: the response stored on a field by
 * another method) reads its own responses in every method: each gets the index -1, beside the indexes of
 * the parameters it reads the link from.
 */
export function findClassLinkReaders(root: Collection<ASTNode>, source: string): Record<string, number[]> {
  const classes = new Map<string, Record<string, number[]>>();
  findPaths(root, 'Node').forEach((p: AnyPath) => {
    const node = p.node;
    if ((node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') || !node.body) return;
    const name = node.id?.name ?? (p.parent?.node.type === 'VariableDeclarator' ? p.parent.node.id.name : '');
    const methods = readMethods(node, source);
    if (name && methods) classes.set(name, methods);
  });
  if (classes.size === 0) return {};
  const readers: Record<string, number[]> = {};
  const add = (prefix: string, methods: Record<string, number[]> | undefined) => {
    for (const [method, indexes] of Object.entries(methods ?? {}))
      readers[prefix ? `${prefix}.${method}` : method] = indexes;
  };
  /** `new Class(…)` of a reading class: its methods. */
  const instanceOf = (node: AnyNode) =>
    node?.type === 'NewExpression' && node.callee.type === 'Identifier'
      ? classes.get(node.callee.name)
      : undefined;
  const exportValue = (exported: string, value: AnyNode) => {
    if (value?.type === 'Identifier') add(exported, classes.get(value.name));
    else if (value?.type === 'ClassDeclaration' || value?.type === 'ClassExpression')
      add(exported, classes.get(value.id?.name ?? ''));
    else if (exported === 'default') add('', instanceOf(value));
    else add(exported, instanceOf(value));
  };
  visitExports(root, exportValue);
  return readers;
}

/** A class's methods that read the status link: method → parameter indexes (-1: its own responses). */
function readMethods(cls: AnyNode, source: string): Record<string, number[]> | undefined {
  const methods = (cls.body.body as AnyNode[]).filter(
    (m) =>
      (m.type === 'ClassMethod' || m.type === 'MethodDefinition') &&
      !m.static &&
      !m.computed &&
      m.key.type === 'Identifier' &&
      m.kind === 'method',
  );
  const uses = methods.map((m) => {
    const fn = m.type === 'MethodDefinition' ? m.value : m;
    const names = fn.params.map((param: AnyNode) => (param.type === 'Identifier' ? param.name : undefined));
    return readLinkUses(source.slice(fn.body.start, fn.body.end), names);
  });
  // Reads that no parameter explains (a field, an inline response) make the whole class a wrapper.
  const own = uses.some((u) => u.own);
  const out: Record<string, number[]> = {};
  methods.forEach((m, i) => {
    const indexes = own ? [...uses[i]!.params, -1] : uses[i]!.params;
    if (indexes.length > 0) out[m.key.name] = indexes;
  });
  return Object.keys(out).length > 0 ? out : undefined;
}
