import { isCurl, readCurl } from './read-curl.ts';
import type { ShellSite } from './types.ts';
import { collectScriptContext, type RequestPlan, type ScriptRegion } from './collect-script-context.ts';
import { findMentions } from './find-mentions.ts';
import { resolveUrl } from './resolve-url.ts';
import { planRequest } from './plan-request.ts';
import { holdSharedVariables } from './hold-shared-variables.ts';
import { toShellSite, leaveSite } from './to-shell-site.ts';
import { noteOtherServices } from './note-other-services.ts';

/**
 * Analyses one shell script: every curl request to a V1 Remove Background endpoint (direct or through a
 * variable), its body, headers, the jq reads of its response, the status poll, and where its output goes
 * next (chained calls, delivery). Returns one site per request with its decision and exact edits, plus sites
 * for V1 status URLs, V1 URLs it cannot tie to a request, V1 URLs in comments, and other-service calls.
 */
export function analyzeScript(text: string, region: ScriptRegion): ShellSite[] {
  const ctx = collectScriptContext(text, region);
  const mentions = findMentions(text, region, ctx.commands);
  const plans: RequestPlan[] = [];
  const sites: ShellSite[] = [];
  const claimed = new Set<number>();
  ctx.commands.forEach((command, index) => {
    if (!isCurl(command)) return;
    const curl = readCurl(command);
    const target = resolveUrl(ctx, curl.url);
    if (!target) return;
    claimed.add(target.at.offset);
    if (target.row.kind === 'status') {
      sites.push(
        leaveSite(
          ctx,
          'status-url',
          command,
          target.at,
          'RB235',
          target.url,
          `V1 status URL ${target.url} left unchanged: poll the statusUrl the V2 submission returns`,
        ),
      );
      return;
    }
    plans.push(planRequest(ctx, index, command, curl, target));
  });
  holdSharedVariables(ctx, plans);
  for (const plan of plans) sites.push(toShellSite(ctx, plan));
  if (plans.length > 0) sites.push(...noteOtherServices(ctx));
  for (const m of mentions) {
    if (claimed.has(m.offset) || sites.some((s) => s.related.some((r) => r.offset === m.offset))) continue;
    sites.push({
      kind: m.inCode ? 'mention' : 'comment',
      decision: 'leave',
      offset: m.offset,
      length: m.length,
      code: m.inCode ? 'RB306' : 'RB307',
      value: m.path,
      edits: [],
      traces: [],
      related: [],
    });
  }
  return sites;
}
