import type { AnyPath } from '../ast/types.ts';

import { findRuntimeImports } from '../js/find-runtime-imports.ts';
import { formatRuntimeImport } from '../js/format-runtime-import.ts';
import { isReference } from '../ast/is-reference.ts';
import { resolveBinding } from './resolve-binding.ts';
import type { SdkImport, SdkPlanContext } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';

/**
 * Adds `import { createRemoveBackgroundClient, … } from 'rb-migrate'` (or `const { … } = require('rb-migrate')`
 * when the SDK was required) with the runtime names the planned code uses. An SDK import whose every
 * reference was replaced is removed; the first one is replaced by the rb-migrate import. Otherwise the
 * rb-migrate import goes on its own line after the first SDK import. Quote style and semicolons follow
 * the SDK import statement.
 */
export function planSdkImportRewrite(ctx: SdkPlanContext, imports: SdkImport[]): void {
  if (ctx.runtimeNames.size === 0 || imports.length === 0) return;
  const first0 = imports.reduce((a, b) => (b.statement.node.start < a.statement.node.start ? b : a));
  // `type X` names only exist for ES modules (TypeScript); sort by the bare name
  const names = [...ctx.runtimeNames]
    .filter((n) => first0.module === 'esm' || !n.startsWith('type '))
    .filter((n) => !findRuntimeImports(ctx.root).has(n.replace(/^type /, '')))
    .sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
  if (names.length === 0) return;
  const first = imports.reduce((a, b) => (b.statement.node.start < a.statement.node.start ? b : a));
  const stmt = first.statement.node;
  const stmtText = ctx.source.slice(stmt.start, stmt.end);
  const semi = stmtText.trimEnd().endsWith(';') ? ';' : '';
  const q = first.quote;
  const line = formatRuntimeImport(names, {
    esm: first.module === 'esm',
    quote: q,
    semi,
    declaration: first.statement.node.kind,
  });

  const removable = new Set<SdkImport>(
    imports.filter((imp) => imp.removable && allReferencesConsumed(ctx, imp)),
  );
  const statements = new Map<AnyPath['node'], SdkImport[]>();
  for (const imp of imports)
    statements.set(imp.statement.node, [...(statements.get(imp.statement.node) ?? []), imp]);
  let placed = false;
  for (const [node, imps] of [...statements].sort((a, b) => a[0].start - b[0].start)) {
    const canRemove =
      imps.every((i) => removable.has(i)) &&
      (node.type === 'ImportDeclaration' || (node.declarations?.length ?? 0) === imps.length);
    if (!canRemove) continue;
    if (!placed) {
      ctx.edits.push({ start: node.start, end: node.end, text: line, kind: 'sdk-import' });
      placed = true;
    } else {
      const [start, end] = wholeLines(ctx.source, node.start, node.end);
      ctx.edits.push({ start, end, text: '', kind: 'sdk-import' });
    }
  }
  if (!placed) {
    const lineStart = ctx.source.lastIndexOf('\n', stmt.start - 1) + 1;
    const indent = /^[ \t]*/.exec(ctx.source.slice(lineStart, stmt.start))?.[0] ?? '';
    ctx.edits.push({
      start: stmt.end,
      end: stmt.end,
      text: `${ctx.eol}${indent}${line}`,
      kind: 'sdk-import',
    });
  }
}

function allReferencesConsumed(ctx: SdkPlanContext, imp: SdkImport): boolean {
  const bindings = new Set<unknown>(
    [imp.namespace?.binding, ...imp.named.map((n) => n.binding)].filter(Boolean),
  );
  let ok = true;
  findPaths(ctx.root, 'Identifier').forEach((path: AnyPath) => {
    if (!ok || !bindings.has(resolveBinding(path, path.node.name)) || bindings.has(path.node)) return;
    if (
      !isReference(path) &&
      path.parent?.node.type !== 'TSTypeReference' &&
      path.parent?.node.type !== 'TSQualifiedName'
    )
      return;
    const { start, end } = path.node;
    if (!ctx.consumed.some(([s, e]) => s <= start && end <= e)) ok = false;
  });
  return ok;
}

/** The statement's whole lines (with the line break) when nothing else shares them. */
function wholeLines(source: string, start: number, end: number): [number, number] {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nl = source.indexOf('\n', end);
  const lineEnd = nl === -1 ? source.length : nl + 1;
  if (source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd).trim() === '')
    return [lineStart, lineEnd];
  return [start, end];
}
