import type { AnyNode } from '../ast/types.ts';
import { readFileSync } from 'node:fs';
import { chooseParser } from '../ast/choose-parser.ts';
import { foldConstant, MAX_FOLD_DEPTH, type Folded, type FoldedObject } from './fold-constant.ts';
import { readModuleScope, type ExportEntry, type ModuleScope } from './read-module-scope.ts';
import { resolveModuleFile } from './resolve-module-file.ts';

/** A folded export: its value, where it is defined (`<file>#<name>`), and whether a JSON module gave it. */
export interface FoldedExport {
  value: Folded;
  origin: string;
  json: boolean;
}

export interface ConstantFolder {
  /** The value module `file` exports as `name` (`default` for its default export), when it folds. */
  exported(file: string, name: string): FoldedExport | undefined;
  /** The names module `file` exports (its own and those of `export *`). */
  exportedNames(file: string): string[];
  /** The text of a module the folder read (undefined when unreadable). */
  source(file: string): string | undefined;
}

type Module = { kind: 'js'; scope: ModuleScope } | { kind: 'json'; value: Folded };

/**
 * The analysis' one constant evaluator across modules, on the syntax tree: each module is read (`read`) and
 * parsed at most once, and only when a fold needs it; names are followed through imports, `require`,
 * re-exports (`export { X } from`, `export *`), `export default`, CommonJS exports and JSON modules, with
 * foldConstant's rules for the expressions. Modules are found with resolveModuleFile among the paths
 * `accepts` allows (the run's files, or "exists on disk"), and read from disk unless `read` is given.
 */
export function createConstantFolder(io: {
  accepts: (path: string) => boolean;
  read?: (path: string) => string | undefined;
}): ConstantFolder {
  const read = io.read ?? readTextOrUndefined;
  const modules = new Map<string, Module | null>();
  const texts = new Map<string, string | undefined>();
  const source = (file: string): string | undefined => {
    if (!texts.has(file)) texts.set(file, read(file));
    return texts.get(file);
  };
  const load = (file: string): Module | null => {
    if (!modules.has(file)) modules.set(file, readModule(file, source(file)));
    return modules.get(file)!;
  };
  const target = (from: string, specifier: string) => resolveModuleFile(from, specifier, io.accepts);

  // Each export is folded once (barrels and namespaces reach the same export many times); one being folded
  // is unknown to a fold that comes back to it (a cycle ends there).
  const memo = new Map<string, FoldedExport | undefined>();
  const exported = (file: string, name: string, depth: number): FoldedExport | undefined => {
    const key = `${file}#${name}`;
    if (memo.has(key)) return memo.get(key);
    memo.set(key, undefined);
    const found = foldExport(file, name, depth);
    // (a miss below the top may be the depth limit's, not the export's: folded again from higher up)
    if (found !== undefined || depth === 0) memo.set(key, found);
    else memo.delete(key);
    return found;
  };
  const foldExport = (file: string, name: string, depth: number): FoldedExport | undefined => {
    const module = depth > MAX_FOLD_DEPTH ? null : load(file);
    if (!module) return undefined;
    if (module.kind === 'json') return foldJsonExport(module.value, file, name);
    const entry = module.scope.exports.get(name);
    if (entry) return foldEntry(file, name, entry, depth);
    if (name === 'default' && module.scope.commonJs) return namespace(file, depth);
    if (name === 'default') return undefined;
    for (const specifier of module.scope.stars) {
      const next = target(file, specifier);
      const found = next ? exported(next, name, depth + 1) : undefined;
      if (found) return found;
    }
    return undefined;
  };

  const names = new Map<string, string[]>();
  const exportedNames = (file: string): string[] => {
    const done = names.get(file);
    if (done) return done;
    names.set(file, []); // a cycle of `export *` ends here
    const module = load(file);
    if (!module) return [];
    if (module.kind === 'json') {
      const own = typeof module.value === 'object' ? ['default', ...Object.keys(module.value)] : ['default'];
      names.set(file, own);
      return own;
    }
    const all = new Set(module.scope.exports.keys());
    for (const specifier of module.scope.stars) {
      const next = target(file, specifier);
      for (const n of next ? exportedNames(next) : []) if (n !== 'default') all.add(n);
    }
    names.set(file, [...all]);
    return [...all];
  };

  /** The whole module as an object (`import * as m`, `require` of a module without `module.exports =`). */
  const namespace = (file: string, depth: number): FoldedExport | undefined => {
    const value: Record<string, Folded> = {};
    let json = false;
    for (const n of exportedNames(file)) {
      if (n === 'default') continue;
      const found = exported(file, n, depth + 1);
      if (!found) continue;
      value[n] = found.value;
      json ||= found.json;
    }
    return { value, origin: `${file}#*`, json };
  };

  const foldEntry = (file: string, name: string, entry: ExportEntry, depth: number) => {
    if (entry.kind === 'local') return local(file, entry.name, depth + 1);
    if (entry.kind === 'node') return foldIn(file, entry.node, `${file}#${name}`, depth + 1);
    const next = target(file, entry.specifier);
    if (!next) return undefined;
    return entry.imported === '*' ? namespace(next, depth + 1) : exported(next, entry.imported, depth + 1);
  };

  /** A top-level name of `file`: its constant's value (defined here), or the export it imports. */
  const local = (file: string, name: string, depth: number): FoldedExport | undefined => {
    const module = depth > MAX_FOLD_DEPTH ? null : load(file);
    if (module?.kind !== 'js') return undefined;
    const init = module.scope.values.get(name);
    if (init !== undefined) {
      // `export const B = A`: B is A (the constant the literal is written to is where it is defined).
      if (init.type === 'Identifier') {
        const alias = local(file, init.name, depth + 1);
        if (alias) return alias;
      }
      return foldIn(file, init, `${file}#${name}`, depth + 1);
    }
    const imp = module.scope.imports.get(name);
    const next = imp ? target(file, imp.specifier) : undefined;
    if (!imp || !next) return undefined;
    return imp.imported === '*' ? namespace(next, depth + 1) : exported(next, imp.imported, depth + 1);
  };

  const foldIn = (file: string, node: AnyNode, origin: string, depth: number): FoldedExport | undefined => {
    let json = false;
    const value = foldConstant(
      node,
      (n, d) => {
        const found = local(file, n, d);
        json ||= found?.json ?? false;
        return found?.value;
      },
      depth,
    );
    return value === undefined ? undefined : { value, origin, json };
  };

  return {
    exported: (file, name) => exported(file, name, 0),
    exportedNames: (file) => exportedNames(file),
    source,
  };
}

function readModule(file: string, text: string | undefined): Module | null {
  if (text === undefined) return null;
  try {
    if (file.endsWith('.json')) {
      const value = toFolded(JSON.parse(text));
      return value === undefined ? null : { kind: 'json', value };
    }
    return { kind: 'js', scope: readModuleScope((chooseParser(file).parse(text) as AnyNode).program) };
  } catch {
    return null; // unparsable: nothing folds from it
  }
}

function foldJsonExport(value: Folded, file: string, name: string): FoldedExport | undefined {
  const member = name === 'default' ? value : typeof value === 'object' ? value[name] : undefined;
  return member === undefined ? undefined : { value: member, origin: `${file}#${name}`, json: true };
}

/** A JSON value as a folded one: strings and objects (arrays by index); other values are not known. */
function toFolded(value: unknown): Folded | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const out: Record<string, Folded> = {};
  for (const [k, v] of Object.entries(value)) {
    const folded = toFolded(v);
    if (folded !== undefined) out[k] = folded;
  }
  return out as FoldedObject;
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
