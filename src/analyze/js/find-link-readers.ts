import type { AnyNode, AnyPath } from '../ast/types.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { findPaths } from '../ast/find-paths.ts';
import { visitExports } from '../ast/visit-exports.ts';
import { parseSource } from '../ast/parse-source.ts';
import { findClassLinkReaders } from './find-class-link-readers.ts';
import { readLinkUses } from './read-link-uses.ts';

/**
 * The exported functions of a module that read the V1 status link (`p._links.self.href`, any spelling of
 * the member chain) from one of their parameters: exported name → parameter indexes; `-1` when they read it
 * from a value of their own (a wrapper that sends the request it is given and polls its response:
 * `callApi(path, body)`, also when it reads it inline: `(await r.json())._links.self.href`); both when it
 * does both. Covers `export function f`, `export const f = (…) =>`, `module.exports = { f }`,
 * `module.exports.f = f` and `exports.f = f`, and the methods of exported classes and instances
 * (findClassLinkReaders: `JobClient.submit`, `jobs.submit`). Unparsable source has none.
 */
export function findLinkReaders(source: string, filename: string): Record<string, number[]> {
  const [first] = RESPONSE_PATHS.statusLink.v1;
  if (!first || !source.includes(first)) return {};
  let root;
  try {
    ({ root } = parseSource(source, filename));
  } catch {
    return {};
  }
  const functions = new Map<string, AnyNode>();
  findPaths(root, 'FunctionDeclaration').forEach((p: AnyPath) => {
    if (p.node.id) functions.set(p.node.id.name, p.node);
  });
  findPaths(root, 'VariableDeclarator').forEach((p: AnyPath) => {
    const init = p.node.init;
    if (p.node.id.type === 'Identifier' && init && /Function/.test(init.type))
      functions.set(p.node.id.name, init);
  });
  const exported = new Map<string, AnyNode>();
  // An exported function, by name (a default export is not called by name; classes: findClassLinkReaders).
  visitExports(root, (name, value) => {
    if (name === 'default') return;
    if (value?.type === 'Identifier' && functions.has(value.name))
      exported.set(name, functions.get(value.name)!);
    else if (value && /Function/.test(value.type)) exported.set(name, value);
  });
  const readers: Record<string, number[]> = findClassLinkReaders(root, source);
  for (const [name, fn] of exported) {
    const body = source.slice(fn.body.start, fn.body.end);
    const uses = readLinkUses(
      body,
      fn.params.map((param: AnyNode) => (param.type === 'Identifier' ? param.name : undefined)),
    );
    const indexes = uses.own ? [...uses.params, OWN_RESPONSE] : uses.params;
    if (indexes.length > 0) readers[name] = indexes;
  }
  return readers;
}

/** The index recorded for a function that reads the status link of a response it obtains itself. */
const OWN_RESPONSE = -1;
