import { RULES_BY_CODE, formatMessage } from 'rb-migrate-runtime/mapping';
import { type Context, type RequestPlan } from './collect-script-context.ts';
import { v2PathFor } from './resolve-url.ts';

/** A request whose endpoint variable is shared with a request that stays V1 stays V1 too (URL and body together). */
export function holdSharedVariables(ctx: Context, plans: RequestPlan[]): void {
  const byVariable = new Map<string, RequestPlan[]>();
  for (const p of plans)
    if (p.variable) byVariable.set(p.variable.name, [...(byVariable.get(p.variable.name) ?? []), p]);
  for (const [name, users] of byVariable) {
    const otherUse = ctx.commands.some(
      (c, i) =>
        !users.some((u) => u.index === i) &&
        !/^(echo|printf)$/.test(c.words[0]?.value ?? '') &&
        c.words.some((w) => w.parts.some((p) => p.kind === 'expansion' && p.name === name)),
    );
    if (!otherUse && users.every((u) => !u.leave)) {
      const first = users[0]!;
      first.edits.push({
        offset: first.at.offset,
        length: first.at.length,
        content: v2PathFor(first.row, ctx.text.slice(first.at.offset)),
      });
      continue;
    }
    for (const u of users) {
      if (u.leave) continue;
      u.leave = { code: 'RB231', reason: formatMessage(RULES_BY_CODE.RB231.message, { value: `$${name}` }) };
    }
  }
}
