import { ENDPOINTS, V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import { translateUrl } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findBinding } from '../ast/find-binding.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findReferences } from '../ast/find-references.ts';
import { getStringValue } from '../ast/get-string-value.ts';
import type { EndpointSite } from './plan/plan-endpoint-site.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import type { MigrationEdit } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';

const BASE_END = new RegExp(`/${V1_SEGMENT}/?$`);

/**
 * Constants holding a base that already ends in `/sensei` (`const SENSEI = 'https://image.adobe.io/sensei'`,
 * used as `${SENSEI}/cutout`, `SENSEI + '/status/' + id`). Rewritten only when every use appends a V1 leaf
 * (the base loses `/sensei`, each piece gets its V2 path) and every submit use has a rewritable payload;
 * a base shared with other `/sensei/<name>` services, or exported, gets an RB203 TODO.
 */
export function findSenseiBases(ctx: CodemodContext): {
  sites: EndpointSite[];
  edits: MigrationEdit[];
  todos: TodoRequest[];
} {
  const out = { sites: [] as EndpointSite[], edits: [] as MigrationEdit[], todos: [] as TodoRequest[] };
  findPaths(ctx.root, 'VariableDeclarator').forEach((declarator: AnyPath) => {
    const { id, init } = declarator.node;
    const value = getStringValue(init);
    if (id.type !== 'Identifier' || value === undefined || !BASE_END.test(value.trim())) return;
    const statementStart = findEnclosingStatement(declarator).node.start as number;
    const refuse = () => out.todos.push({ statementStart, code: 'RB203', message: describeTodo('RB203') });
    if (declarator.parent?.parent?.node.type === 'ExportNamedDeclaration') return refuse();
    const binding = findBinding(declarator.get('id'), id.name);
    if (!binding) return;
    const withSlash = value.trim().endsWith('/');
    const edits: MigrationEdit[] = [];
    const uses: AnyPath[] = [];
    const useEndpoints: EndpointSite['useEndpoints'] = [];
    for (const ref of findReferences(ctx, binding, id.name)) {
      const piece = followingPiece(ctx, ref);
      if (!piece) return refuse();
      const translated = translateUrl(`/${V1_SEGMENT}${withSlash ? '/' : ''}${piece.raw}`);
      if (!translated || !translated.url.startsWith('/')) return refuse();
      const v2 = withSlash ? translated.url.slice(1) : translated.url;
      edits.push({
        start: piece.start,
        end: piece.end,
        text: piece.wrap(v2),
        kind: translated.kind === 'submit' ? 'endpoint' : 'status-url',
      });
      if (translated.kind === 'submit') {
        uses.push(climbUrlExpression(ref));
        useEndpoints.push(
          ENDPOINTS.find((e) => e.kind === 'submit' && e.mode === translated.mode)!.endpoint!,
        );
      }
    }
    const raw = ctx.source.slice(init.start, init.end);
    const newRaw = raw.replace(new RegExp(`/${V1_SEGMENT}(/?)(\\s*['"\`])$`), '$1$2');
    if (newRaw === raw) return refuse();
    edits.push({ start: init.start, end: init.end, text: newRaw, kind: 'endpoint' });
    if (!uses.length) {
      out.edits.push(...edits);
      return;
    }
    out.sites.push({ endpoint: useEndpoints[0]!, urlEdits: edits, uses, useEndpoints, label: id.name });
  });
  return out;
}

/** The literal text appended right after a read of the base: `BASE + '/cutout'` or `${BASE}/cutout`. */
function followingPiece(
  ctx: CodemodContext,
  ref: AnyPath,
): { raw: string; start: number; end: number; wrap: (s: string) => string } | undefined {
  const up = skipWrappersUp(ref);
  const parent = up.parent?.node;
  if (parent?.type === 'BinaryExpression' && parent.operator === '+' && up.name === 'left') {
    const right = parent.right;
    if (getStringValue(right) === undefined) return undefined;
    const raw = ctx.source.slice(right.start, right.end);
    const q = raw[0]!;
    return { raw: raw.slice(1, -1), start: right.start, end: right.end, wrap: (s) => `${q}${s}${q}` };
  }
  if (parent?.type === 'TemplateLiteral') {
    const index = parent.expressions.indexOf(up.node);
    const quasi = parent.quasis[index + 1];
    if (!quasi) return undefined;
    return {
      raw: ctx.source.slice(quasi.start, quasi.end),
      start: quasi.start,
      end: quasi.end,
      wrap: (s) => s,
    };
  }
  return undefined;
}
