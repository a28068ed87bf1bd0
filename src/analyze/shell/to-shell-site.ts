import { RULES_BY_CODE, type RuleCode } from 'rb-migrate-runtime/mapping';
import type { ShellCommand, ShellSite } from './types.ts';
import { type Context, type RequestPlan } from './collect-script-context.ts';
import { traceEdits, traceOffset } from './place-traces.ts';

export function toShellSite(ctx: Context, plan: RequestPlan): ShellSite {
  if (plan.leave) {
    const message =
      plan.leave.code === 'RB230'
        ? RULES_BY_CODE.RB230.message.replace('{value}', plan.leave.reason)
        : plan.leave.reason;
    const site = leaveSite(
      ctx,
      'request',
      plan.command,
      plan.at,
      plan.leave.code,
      plan.url,
      message,
      plan.related,
    );
    return plan.bodyFile ? { ...site, bodyFile: plan.bodyFile } : site;
  }
  const edits = [...plan.edits, ...traceEdits(ctx, plan.traces)];
  return {
    kind: 'request',
    decision: plan.traces.length > 0 ? 'migrate-with-loss' : 'migrate',
    offset: plan.at.offset,
    length: plan.at.length,
    value: plan.url,
    edits,
    traces: plan.traces,
    related: plan.related,
  };
}

export function leaveSite(
  ctx: Context,
  kind: ShellSite['kind'],
  command: ShellCommand,
  at: { offset: number; length: number },
  code: RuleCode,
  value: string,
  message: string,
  related: ShellSite['related'] = [],
): ShellSite {
  const trace = { code, message, offset: traceOffset(ctx, command) };
  const edits = traceEdits(ctx, [trace]);
  return {
    kind,
    decision: 'leave',
    offset: at.offset,
    length: at.length,
    code,
    value,
    edits,
    traces: edits.length > 0 ? [trace] : [],
    related: related.filter((r) => r.what === 'endpoint'),
  };
}
