import type { CodemodContext, Plan } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { collectUrlUses } from './collect-url-uses.ts';
import { findEndpointLiterals, type EndpointLiteral } from './find-endpoint-literals.ts';
import { findImportedEndpoints } from './find-imported-endpoints.ts';
import { findSenseiBases } from './find-sensei-bases.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findRequestCall } from './find-request-call.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import type { AnyPath } from './codemod-context.ts';
import type { EndpointSite } from './plan/plan-endpoint-site.ts';

/**
 * Every place a V1 endpoint enters the file: V1 path literals (status URLs are returned apart; a submit
 * URL becomes a site with the requests made with it), bases ending in `/sensei`, and constants imported
 * from other modules. `plan` carries the edits and TODOs that need no payload (safe bases without
 * requests, refused bases, unresolved imports).
 */
export function findEndpointSites(ctx: CodemodContext): {
  sites: EndpointSite[];
  plan: Plan;
  statusUrls: EndpointLiteral[];
} {
  const sites: EndpointSite[] = [];
  const plan: Plan = { edits: [], todos: [] };
  const statusUrls: EndpointLiteral[] = [];
  for (const literal of findEndpointLiterals(ctx)) {
    if (literal.kind === 'status') {
      statusUrls.push(literal);
      continue;
    }
    const { uses, exported, constantName } = collectUrlUses(ctx, climbUrlExpression(literal.path));
    const label = ctx.source.slice(literal.path.node.start, literal.path.node.end);
    // `{ endpoint: '/sensei/cutout', body }` logged, rendered or put in a table: not a request, not a site
    // (the text scan still reports the URL, with the hint for what rewrite leaves).
    if (isDisplayOnly(ctx, literal.path, uses)) continue;
    sites.push({
      endpoint: literal.endpoint!,
      urlEdits: [literal.edit],
      uses,
      label,
      ...(exported ? { exportedAs: constantName ?? label } : {}),
      ...(exported && constantName && !constantName.includes('.')
        ? { sharedKey: `${ctx.filename}#${constantName}` }
        : {}),
      declaredAt: findEnclosingStatement(literal.path).node.start as number,
    });
  }
  const bases = findSenseiBases(ctx);
  sites.push(...bases.sites);
  plan.edits.push(...bases.edits);
  plan.todos.push(...bases.todos);
  const imported = findImportedEndpoints(ctx);
  sites.push(...imported.sites);
  plan.todos.push(...imported.todos);
  return { sites, plan, statusUrls };
}

/**
 * A URL held as a property of an object literal that no request sends: every use of the object (or of the
 * property) reaches no HTTP call with a body (console.table, a render call, an array of examples).
 */
function isDisplayOnly(ctx: CodemodContext, literal: AnyPath, uses: readonly AnyPath[]): boolean {
  const holder = skipWrappersUp(climbUrlExpression(literal));
  const property = holder.parent;
  if (holder.name !== 'value' || !property || !['ObjectProperty', 'Property'].includes(property.node.type))
    return false;
  if (URL_KEYS.has(getPropertyKey(property.node) ?? '')) return false;
  return uses.length > 0 && uses.every((use) => isShown(findRequestCall(ctx, use)?.call));
}

const URL_KEYS = new Set(['url', 'uri']);
/** Calls that show a value and never send it. */
const SHOWN = /^(?:console\.\w+|render\w*|\w+\.render\w*|alert|JSON\.stringify)$/;

function isShown(call: AnyPath | undefined): boolean {
  if (!call) return true;
  const callee = call.node.callee;
  const name =
    callee?.type === 'Identifier'
      ? callee.name
      : callee?.type === 'MemberExpression' && callee.property?.type === 'Identifier'
        ? `${callee.object?.type === 'Identifier' ? callee.object.name : 'x'}.${callee.property.name}`
        : '';
  return SHOWN.test(name);
}
