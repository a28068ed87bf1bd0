import type { AnyNode } from '../../ast/types.ts';
import { TRANSLATE_MODULE, TRANSLATE_MODULES } from 'rb-migrate-runtime/mapping';
import type { CodemodContext } from '../codemod-context.ts';
import { findRuntimeImports } from '../find-runtime-imports.ts';
import { formatRuntimeImport } from '../format-runtime-import.ts';
import type { MigrationEdit } from '../types.ts';

/**
 * One import of the given rb-migrate-runtime (or `from.module`: its translate subpath) names the file does not import yet, in its module style: after
 * its last top-level import/require, else after a shebang and directives ('use strict'), else at the top.
 */
export function planRuntimeImport(
  ctx: CodemodContext,
  wanted: readonly string[],
  from: { module?: string; kind?: string } = {},
): MigrationEdit | undefined {
  const have = findRuntimeImports(ctx.root, from.module === TRANSLATE_MODULE ? TRANSLATE_MODULES : undefined);
  const names = [...new Set(wanted)].filter((n) => !have.has(n)).sort();
  if (names.length === 0) return undefined;
  const program = ctx.root.get().node.program;
  const body: AnyNode[] = program.body;
  const esm =
    /\.(?:mjs|mts|ts|tsx)$/.test(ctx.filename) ||
    body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
  const isRequire = (s: AnyNode) =>
    s.type === 'VariableDeclaration' &&
    s.declarations.some(
      (d: AnyNode) => d.init?.type === 'CallExpression' && d.init.callee?.name === 'require',
    );
  const last = [...body].reverse().find((s) => (esm ? s.type === 'ImportDeclaration' : isRequire(s)));
  // Semicolons as the file writes them: a statement that may end with one (not a function or class).
  const sample = body.find(
    (s) => !/^(?:Function|Class)Declaration$|^Export(?:Default|Named)Declaration$/.test(s.type),
  );
  const semi = sample
    ? ctx.source.slice(sample.start, sample.end).trimEnd().endsWith(';')
      ? ';'
      : ''
    : /;[ \t]*\r?$/m.test(ctx.source) || body.length === 0
      ? ';'
      : '';
  const line = formatRuntimeImport(names, { esm, quote: ctx.style.quote, semi, module: from.module });
  const kind = from.kind ?? 'compat-import';
  const eol = ctx.style.eol;
  if (last) return { start: last.end, end: last.end, text: `${eol}${line}`, kind };
  const directive = [...(program.directives ?? []), ...body.filter((s) => s.directive)].pop();
  if (directive) return { start: directive.end, end: directive.end, text: `${eol}${line}`, kind };
  const start = ctx.source.startsWith('#!') ? ctx.source.indexOf('\n') + 1 : 0;
  // Before code (not imports): a blank line in between.
  return { start, end: start, text: `${line}${eol}${body.length > 0 ? eol : ''}`, kind };
}
