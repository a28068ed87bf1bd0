import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import { resolveBinding } from './resolve-binding.ts';
import { resolveModuleKey } from '../project/resolve-module-key.ts';
import type { SdkImport, SdkPlanOptions } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';

/**
 * Every import of a V1 SDK in the file: `require` (whole module or destructured), default, namespace and
 * named ESM imports (type-only imports are ignored), plus imports of project modules that re-export an SDK
 * or export SDK clients / client factories (when options.sdkProject says so).
 */
export function findSdkImports(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  options?: SdkPlanOptions,
): SdkImport[] {
  const found: SdkImport[] = [];
  findPaths(root, 'ImportDeclaration').forEach((path: AnyPath) => {
    const node = path.node;
    if (node.importKind === 'type' || typeof node.source?.value !== 'string') return;
    const target = classifyModule(node.source.value, options);
    if (!target) return;
    const imp: SdkImport = {
      ...target,
      path,
      statement: path,
      module: 'esm',
      form: 'named',
      named: [],
      quote: quoteOf(node.source),
    };
    for (const spec of node.specifiers ?? []) {
      const local = spec.local?.name;
      if (!local) continue;
      const binding = resolveBinding(path, local);
      if (spec.type === 'ImportDefaultSpecifier') {
        imp.form = 'default';
        imp.namespace = { name: local, binding };
      } else if (spec.type === 'ImportNamespaceSpecifier') {
        imp.form = 'namespace';
        imp.namespace = { name: local, binding };
      } else if (spec.type === 'ImportSpecifier' && spec.importKind !== 'type') {
        const imported = spec.imported?.name ?? spec.imported?.value;
        imp.named.push({ imported, local, binding });
      }
    }
    found.push(imp);
  });
  findPaths(root, 'VariableDeclarator').forEach((path: AnyPath) => {
    const init = path.node.init;
    if (
      init?.type !== 'CallExpression' ||
      init.callee.type !== 'Identifier' ||
      init.callee.name !== 'require' ||
      init.arguments.length !== 1
    )
      return;
    const arg = init.arguments[0];
    const value = arg.type === 'StringLiteral' || arg.type === 'Literal' ? arg.value : undefined;
    if (typeof value !== 'string') return;
    const target = classifyModule(value, options);
    if (!target) return;
    const statement = path.parent;
    const imp: SdkImport = {
      ...target,
      path,
      statement,
      module: 'cjs',
      form: 'require',
      named: [],
      quote: quoteOf(arg),
    };
    const id = path.node.id;
    if (id.type === 'Identifier') {
      imp.namespace = { name: id.name, binding: resolveBinding(path, id.name) };
    } else if (id.type === 'ObjectPattern') {
      imp.form = 'require-destructure';
      for (const prop of id.properties) {
        if ((prop.type !== 'Property' && prop.type !== 'ObjectProperty') || prop.computed) continue;
        const imported = prop.key.name ?? prop.key.value;
        if (prop.value.type !== 'Identifier') continue;
        imp.named.push({ imported, local: prop.value.name, binding: resolveBinding(path, prop.value.name) });
      }
    } else return;
    found.push(imp);
  });
  return found;
}

function classifyModule(
  specifier: string,
  options: SdkPlanOptions | undefined,
): Pick<SdkImport, 'sdk' | 'removable' | 'clients' | 'factories' | 'blocked'> | undefined {
  const sdk = SDKS.find((s) => s.module === specifier);
  if (sdk) return { sdk, removable: true };
  const project = options?.sdkProject;
  const key = project
    ? resolveModuleKey(options.filename, specifier, (k) =>
        Boolean(project.modules[k] || project.blocked?.[k]),
      )
    : undefined;
  const blocked = key === undefined ? undefined : options!.sdkProject!.blocked?.[key];
  if (blocked) {
    const facts = SDKS.find((s) => s.name === blocked.sdk)!;
    const names = (r: Record<string, unknown> | undefined) =>
      Object.fromEntries(Object.keys(r ?? {}).map((k) => [k, true as const]));
    return {
      sdk: facts,
      removable: false,
      clients: names(blocked.clients),
      factories: names(blocked.factories),
      blocked: blocked.reason,
    };
  }
  const info = key === undefined ? undefined : options!.sdkProject!.modules[key];
  if (!info) return undefined;
  const name =
    info.reexports ?? Object.values(info.clients ?? {})[0] ?? Object.values(info.factories ?? {})[0];
  const facts: SdkFacts | undefined = SDKS.find((s) => s.name === name);
  if (!facts) return undefined;
  return {
    sdk: facts,
    removable: false,
    clients: info.reexports
      ? undefined
      : Object.fromEntries(Object.keys(info.clients ?? {}).map((k) => [k, true])),
    factories: info.reexports
      ? undefined
      : Object.fromEntries(Object.keys(info.factories ?? {}).map((k) => [k, true])),
  };
}

function quoteOf(literal: { extra?: { raw?: string } | null; raw?: string }): string {
  const raw: string | undefined = literal.extra?.raw ?? literal.raw;
  return raw?.startsWith('"') ? '"' : "'";
}
