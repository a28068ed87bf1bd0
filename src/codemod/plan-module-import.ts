import type { CodemodContext } from './codemod-context.ts';
import type { MigrationEdit } from './types.ts';

/** Whether the file already imports (or requires) `name` from `module`. */
export function importsFromModule(ctx: CodemodContext, name: string, module: string): boolean {
  const q = `(['"])${module.replace('/', '\\/')}\\1`;
  return (
    new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*${q}`).test(ctx.source) ||
    new RegExp(`\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=\\s*require\\(\\s*${q}\\s*\\)`).test(ctx.source)
  );
}

/**
 * One `import { name } from 'module'` (or `const { name } = require('module')`) line after the file's last
 * top-level import/require (or at its top, after a shebang and directives), in the file's module style.
 */
export function planModuleImport(
  ctx: CodemodContext,
  name: string,
  module: string,
  kind: string,
): MigrationEdit {
  const body: any[] = ctx.root.get().node.program.body;
  const esm =
    /\.(?:mjs|mts|ts|tsx)$/.test(ctx.filename) ||
    body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
  const isRequire = (s: any) =>
    s.type === 'VariableDeclaration' &&
    s.declarations.some((d: any) => d.init?.type === 'CallExpression' && d.init.callee?.name === 'require');
  const last = [...body].reverse().find((s) => (esm ? s.type === 'ImportDeclaration' : isRequire(s)));
  // semicolons as the file writes them: read from a statement that ends with one when it uses them (not a class)
  const simple = body.find((s) => !/^(?:Class|Function|TS\w+)Declaration$|^Export/.test(s.type)) ?? body[0];
  const sample = ctx.source.slice(simple?.start ?? 0, simple?.end ?? 0).trimEnd();
  const semi = body.length === 0 || sample.endsWith(';') ? ';' : '';
  const q = ctx.style.quote;
  const line = esm
    ? `import { ${name} } from ${q}${module}${q}${semi}`
    : `const { ${name} } = require(${q}${module}${q})${semi}`;
  if (last) return { start: last.end, end: last.end, text: `${ctx.style.eol}${line}`, kind };
  const program = ctx.root.get().node.program;
  const directive = [...(program.directives ?? []), ...body.filter((s) => s.directive)].pop();
  if (directive) return { start: directive.end, end: directive.end, text: `${ctx.style.eol}${line}`, kind };
  const start = ctx.source.startsWith('#!') ? ctx.source.indexOf('\n') + 1 : 0;
  return { start, end: start, text: `${line}${ctx.style.eol}`, kind };
}
