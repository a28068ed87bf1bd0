import type { AnyPath } from '../ast/types.ts';
import { dirname, relative } from 'node:path';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import { parseSource } from '../ast/parse-source.ts';
import { findSdkImports } from './find-sdk-imports.ts';
import { resolveBinding } from './resolve-binding.ts';
import { resolveModuleKey } from '../project/resolve-module-key.ts';
import { findRelativeSpecifiers } from '../project/find-relative-specifiers.ts';
import { SDKS, type SdkName } from 'rb-migrate-runtime/mapping';
import { traceSdkClients } from './trace-sdk-clients.ts';
import { findStoredClients } from './find-stored-clients.ts';
import type { SdkProjectContext } from './sdk-project-context.ts';
import { findPaths } from '../ast/find-paths.ts';
import { toModuleKey } from '../js/to-module-key.ts';

interface Parsed {
  filename: string;
  key: string;
  j: JSCodeshift;
  root: Collection<ASTNode>;
}

type ModuleInfo = SdkProjectContext['modules'][string];

/**
 * Cross-file facts for the SDK planner: which project modules re-export an SDK (`module.exports =
 * require('@adobe/…')`, `export * from '@adobe/…'`) and which export SDK clients or client factories
 * (`export const client = await init(…)`, `module.exports = { getClient }`, …), followed through chains of
 * wrapper modules. A module whose client is used, in any importing file, in a way the planner cannot follow
 * is dropped, so that its client stays an SDK client everywhere (no half-migrated project).
 * Any set of files may be given: only those naming an SDK package and their (transitive) importers are
 * parsed, once each (jscodeshift, parser by extension); unparsable files are ignored.
 */
export function collectSdkProject(files: readonly { filename: string; source: string }[]): SdkProjectContext {
  const parsed: Parsed[] = [];
  for (const file of relevantFiles(files)) {
    try {
      const { j, root } = parseSource(file.source, file.filename);
      parsed.push({ filename: file.filename, key: toModuleKey(file.filename), j, root });
    } catch {
      // not parsable: the codemod reports it
    }
  }
  const stored = collectStoredClients(parsed);
  const poisoned = new Map<string, string>();
  const described = new Map<string, ModuleInfo>();
  let project: SdkProjectContext = { modules: {} };
  for (let round = 0; round < 8; round++) {
    const next: SdkProjectContext = { modules: {} };
    for (const file of parsed) {
      if (poisoned.has(file.key)) continue;
      const info = describeModule(file, project);
      if (info) {
        next.modules[file.key] = info;
        described.set(file.key, info);
      }
    }
    // A module's client must be followable in every file that imports it.
    for (const file of parsed) {
      const imports = findSdkImports(file.j, file.root, { filename: file.filename, sdkProject: next });
      const fromProject = imports.filter((i) => !i.removable);
      if (fromProject.length === 0) continue;
      const own = next.modules[file.key];
      const trace = traceSdkClients(file.j, file.root, imports, (n) =>
        Boolean(own?.clients?.[n] || own?.factories?.[n]),
      );
      for (const u of trace.untraced) {
        for (const imp of fromProject.filter((i) => i.sdk === u.sdk)) {
          const spec = imp.statement.node.source?.value ?? imp.path.node.init?.arguments?.[0]?.value;
          const target =
            typeof spec === 'string'
              ? resolveModuleKey(file.filename, spec, (k) => Boolean(next.modules[k]))
              : undefined;
          if (target && next.modules[target] && !poisoned.has(target))
            poisoned.set(target, `${u.reason} in ${relative(dirname(target), file.filename)}`);
        }
      }
    }
    for (const key of poisoned.keys()) delete next.modules[key];
    if (JSON.stringify(next) === JSON.stringify(project))
      return { ...withBlocked(next, poisoned, described), ...stored };
    project = next;
  }
  return { ...withBlocked(project, poisoned, described), ...stored };
}

/** Clients stored on instances of classes other modules export (findStoredClients), over every SDK file. */
function collectStoredClients(parsed: readonly Parsed[]): Pick<SdkProjectContext, 'stored'> {
  const stored: NonNullable<SdkProjectContext['stored']> = {};
  for (const file of parsed) {
    const imports = findSdkImports(file.j, file.root, { filename: file.filename });
    if (imports.length === 0) continue;
    const found = findStoredClients(file, traceSdkClients(file.j, file.root, imports));
    for (const [key, classes] of Object.entries(found))
      for (const [name, fields] of Object.entries(classes))
        Object.assign(((stored[key] ??= {})[name] ??= {}), fields);
  }
  return Object.keys(stored).length > 0 ? { stored } : {};
}

/** The project context plus the modules left V1 because their client is shared with unmigrated users. */
function withBlocked(
  project: SdkProjectContext,
  poisoned: ReadonlyMap<string, string>,
  described: ReadonlyMap<string, ModuleInfo>,
): SdkProjectContext {
  const blocked: NonNullable<SdkProjectContext['blocked']> = {};
  for (const [key, reason] of poisoned) {
    const info = described.get(key);
    const sdk = info && (Object.values(info.clients ?? {})[0] ?? Object.values(info.factories ?? {})[0]);
    if (!info || !sdk) continue;
    blocked[key] = {
      sdk,
      ...(info.clients ? { clients: info.clients } : {}),
      ...(info.factories ? { factories: info.factories } : {}),
      reason,
    };
  }
  return Object.keys(blocked).length > 0 ? { ...project, blocked } : project;
}

/**
 * Only files that name an SDK package, and files importing those (transitively, by relative specifier),
 * can matter: a cheap text pass picks them so a large project is not parsed twice.
 */
function relevantFiles<F extends { filename: string; source: string }>(files: readonly F[]): F[] {
  const keep = new Set<string>();
  for (const f of files) if (SDKS.some((s) => f.source.includes(s.module))) keep.add(toModuleKey(f.filename));
  const keys = new Set(files.map((f) => toModuleKey(f.filename)));
  const imports = new Map(
    files.map((f) => [
      f,
      findRelativeSpecifiers(f.source).flatMap(
        (specifier) => resolveModuleKey(f.filename, specifier, (k) => keys.has(k)) ?? [],
      ),
    ]),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const f of files) {
      const key = toModuleKey(f.filename);
      if (keep.has(key)) continue;
      if (imports.get(f)!.some((t) => keep.has(t))) {
        keep.add(key);
        grew = true;
      }
    }
  }
  return files.filter((f) => keep.has(toModuleKey(f.filename)));
}

function describeModule(file: Parsed, project: SdkProjectContext): ModuleInfo | undefined {
  const { j, root } = file;
  const reexports = findReexport(j, root, file, project);
  if (reexports) return { reexports };
  const imports = findSdkImports(j, root, { filename: file.filename, sdkProject: project });
  if (imports.length === 0) return undefined;
  const trace = traceSdkClients(j, root, imports, () => true);
  const clients: Record<string, SdkName> = {};
  const factories: Record<string, SdkName> = {};
  const record = (exported: string, binding: unknown) => {
    const c = trace.clients.get(binding);
    const f = trace.factories.get(binding);
    if (c) clients[exported] = c.name;
    if (f) factories[exported] = f.name;
  };
  findPaths(root, 'ExportNamedDeclaration').forEach((p: AnyPath) => {
    const decl = p.node.declaration;
    if (decl?.type === 'FunctionDeclaration' && decl.id) record(decl.id.name, decl.id);
    if (decl?.type === 'VariableDeclaration')
      for (const d of decl.declarations) if (d.id.type === 'Identifier') record(d.id.name, d.id);
    for (const s of p.node.specifiers ?? []) {
      if (s.type === 'ExportSpecifier' && !p.node.source)
        record(s.exported.name, resolveBinding(p, s.local.name));
    }
  });
  findPaths(root, 'AssignmentExpression').forEach((p: AnyPath) => {
    const left = p.node.left;
    if (left.type !== 'MemberExpression' || left.computed) return;
    const right = p.node.right;
    const isModuleExports = left.object.name === 'module' && left.property.name === 'exports';
    if (isModuleExports && right.type === 'ObjectExpression') {
      for (const prop of right.properties) {
        if ((prop.type === 'Property' || prop.type === 'ObjectProperty') && prop.value.type === 'Identifier')
          record(prop.key.name ?? prop.key.value, resolveBinding(p, prop.value.name));
      }
    } else if (left.object.name === 'exports' && right.type === 'Identifier') {
      record(left.property.name, resolveBinding(p, right.name));
    }
  });
  if (Object.keys(clients).length === 0 && Object.keys(factories).length === 0) return undefined;
  return { clients, factories };
}

/** `module.exports = require('<sdk>')`, `module.exports = sdk`, `export * from '<sdk>'`, `export { default } from '<sdk>'`. */
function findReexport(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  file: Parsed,
  project: SdkProjectContext,
): SdkName | undefined {
  const sdkOf = (spec: unknown): SdkName | undefined => {
    if (typeof spec !== 'string') return undefined;
    const direct = SDKS.find((s) => s.module === spec);
    if (direct) return direct.name;
    const key = resolveModuleKey(file.filename, spec, (k) => Boolean(project.modules[k]));
    return key === undefined ? undefined : project.modules[key]?.reexports;
  };
  let found: SdkName | undefined;
  findPaths(root, 'ExportAllDeclaration').forEach((p: AnyPath) => {
    found ??= sdkOf(p.node.source.value);
  });
  findPaths(root, 'ExportNamedDeclaration').forEach((p: AnyPath) => {
    if (
      p.node.source &&
      p.node.specifiers?.some(
        (s: { local?: { name?: string }; exported?: { name?: string } }) =>
          (s.local?.name ?? s.exported?.name) === 'default',
      )
    )
      found ??= sdkOf(p.node.source.value);
  });
  const imports = findSdkImports(j, root, { filename: file.filename, sdkProject: project });
  findPaths(root, 'AssignmentExpression').forEach((p: AnyPath) => {
    const { left, right } = p.node;
    if (left.type !== 'MemberExpression' || left.object.name !== 'module' || left.property.name !== 'exports')
      return;
    if (right.type === 'CallExpression' && right.callee.name === 'require')
      found ??= sdkOf(right.arguments[0]?.value);
    if (right.type === 'Identifier') {
      const binding = resolveBinding(p, right.name);
      const imp = imports.find((i) => i.namespace?.binding === binding);
      if (imp) found ??= imp.sdk.name;
    }
  });
  return found;
}
