import { ENDPOINTS } from 'rb-migrate-runtime/mapping';
import { translateUrl } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findBinding } from '../ast/find-binding.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findReferences } from '../ast/find-references.ts';
import { findRequestCall } from './find-request-call.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import type { EndpointSite } from './plan/plan-endpoint-site.ts';
import { resolveModuleFile } from '../project/resolve-module-file.ts';
import { resolvePayloadSite } from './resolve-payload-site.ts';
import { isV1Body } from './is-v1-body.ts';
import { findPaths } from '../ast/find-paths.ts';

interface ImportedName {
  local: string;
  imported: string;
  specifier: string;
  at: AnyPath;
}

/**
 * Endpoints held by constants imported from other modules of the project (`import { CUTOUT_URL } from
 * './config'`, `const { MASK_URL } = require('./config')`). With a project context (the folded constants)
 * their values are known: every request made with them becomes a site whose payload is rewritten (the
 * constant itself is rewritten in its own module). Without one, requests that post a V1-shaped body to an
 * imported name get an RB202 TODO.
 */
export function findImportedEndpoints(ctx: CodemodContext): { sites: EndpointSite[]; todos: TodoRequest[] } {
  const sites: EndpointSite[] = [];
  const todos: TodoRequest[] = [];
  const known = new Set(Object.keys(ctx.project?.constants ?? {}));
  for (const name of importedNames(ctx)) {
    const binding = findBinding(name.at, name.local);
    if (!binding) continue;
    const file = resolveModuleFile(ctx.filename, name.specifier, known);
    const value = file ? ctx.project?.constants[file]?.[name.imported] : undefined;
    const translated = value === undefined ? undefined : translateUrl(value);
    const uses = findReferences(ctx, binding, name.local).map((ref) => climbUrlExpression(ref));
    if (translated?.kind === 'submit') {
      const endpoint = ENDPOINTS.find((e) => e.kind === 'submit' && e.mode === translated.mode)!.endpoint!;
      // One key per URL however it is imported (through a re-export, under another name): where it is written.
      const key = `${file}#${name.imported}`;
      const sharedKey = ctx.project?.origins?.[key] ?? key;
      sites.push({ endpoint, urlEdits: [], uses, label: name.local, sharedKey });
      continue;
    }
    // Unknown value, or a value that is not V1 (e.g. its module was migrated first and both V1 endpoints
    // became the same V2 URL): a V1 body posted to it cannot be given its mode here.
    for (const use of uses) {
      const request = findRequestCall(ctx, use);
      if (!request?.payload) continue;
      const payload = resolvePayloadSite(ctx, request.payload);
      if (!payload.ok) continue;
      if (!isV1Body(payload.object.node)) continue;
      todos.push({
        statementStart: findEnclosingStatement(request.call).node.start,
        code: 'RB202',
        message: describeTodo('RB202', { sourceText: `${name.local} (imported from '${name.specifier}')` }),
      });
    }
  }
  return { sites, todos };
}

function importedNames(ctx: CodemodContext): ImportedName[] {
  const names: ImportedName[] = [];
  findPaths(ctx.root, 'ImportDeclaration').forEach((decl: AnyPath) => {
    const specifier = decl.node.source.value;
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
    decl.get('specifiers').each((s: AnyPath) => {
      if (s.node.type !== 'ImportSpecifier' || s.node.importKind === 'type') return;
      const imported = s.node.imported.name ?? s.node.imported.value;
      names.push({ local: s.node.local.name, imported, specifier, at: s.get('local') });
    });
  });
  findPaths(ctx.root, 'VariableDeclarator').forEach((decl: AnyPath) => {
    const { id, init } = decl.node;
    if (id.type !== 'ObjectPattern' || init?.type !== 'CallExpression') return;
    if (init.callee.type !== 'Identifier' || init.callee.name !== 'require') return;
    const specifier = init.arguments[0]?.value;
    if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
    decl.get('id', 'properties').each((p: AnyPath) => {
      const key = getPropertyKey(p.node);
      if (key && p.node.value?.type === 'Identifier')
        names.push({ local: p.node.value.name, imported: key, specifier, at: p.get('value') });
    });
  });
  return names;
}
