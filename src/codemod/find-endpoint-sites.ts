import type { CodemodContext, Plan } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { collectUrlUses } from './collect-url-uses.ts';
import { findEndpointLiterals, type EndpointLiteral } from './find-endpoint-literals.ts';
import { findImportedEndpoints } from './find-imported-endpoints.ts';
import { findSenseiBases } from './find-sensei-bases.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';

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
    sites.push({
      endpoint: literal.endpoint!,
      urlEdits: [literal.edit],
      uses: collectUrlUses(ctx, climbUrlExpression(literal.path)).uses,
      label: ctx.source.slice(literal.path.node.start, literal.path.node.end),
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
