import { RULES_BY_CODE, type RuleCode } from 'rb-migrate-runtime/mapping';
import { classifyTodo } from '../classify-todo.ts';
import { createLineIndex } from '../create-line-index.ts';
import type { Site, SiteKind } from '../model.ts';

/** The edit kinds of the JS planner → the site they change and the checker rule it is reported under. */
const KINDS: Record<string, { kind: SiteKind; rule: RuleCode }> = {
  endpoint: { kind: 'endpoint', rule: 'RB300' },
  submit: { kind: 'endpoint', rule: 'RB300' },
  'status-url': { kind: 'status-url', rule: 'RB301' },
  payload: { kind: 'body', rule: 'RB302' },
  links: { kind: 'response-read', rule: 'RB304' },
  'sdk-call': { kind: 'sdk-call', rule: 'RB303' },
  compat: { kind: 'endpoint', rule: 'RB245' },
  'compat-import': { kind: 'other', rule: 'RB245' },
};
const SDK_CLIENT = { kind: 'sdk-client' as const, rule: 'RB303' as const };

/**
 * The sites of one JS/TS file from its plan (migrateSource): each code edit is a migrated site (edits of
 * one kind on one line are one site), each planned TODO is a loss on a migrated site or a site left V1.
 * All sites of the file share `group` (migrateSource plans a file all or nothing per request).
 */
export function deriveJsSites(
  source: string,
  plan: {
    edits: readonly { start: number; end: number; kind: string }[];
    planned: readonly { offset: number; code: string; message: string }[];
    prose?: readonly { start: number; end: number; code: 'RB310' | 'RB311' }[];
    unsent?: readonly { start: number; end: number }[];
    compat?: readonly {
      start: number;
      end: number;
      value: string;
      covers: { start: number; end: number }[];
    }[];
  },
  group: string,
): Site[] {
  const lines = createLineIndex(source);
  const losses = plan.planned.filter((t) => classifyTodo(t.code) === 'loss');
  const sites: Site[] = [];
  const seen = new Map<string, Site>();
  for (const edit of plan.edits) {
    if (edit.kind === 'todo') continue;
    const { kind, rule } = KINDS[edit.kind] ?? SDK_CLIENT;
    const at = lines.position(edit.start);
    const key = `${kind}:${at.line}`;
    const known = seen.get(key);
    if (known) {
      known.end = Math.max(known.end, edit.end);
      continue;
    }
    const site: Site = {
      kind,
      rule,
      start: edit.start,
      end: Math.max(edit.end, edit.start + 1),
      ...at,
      decision:
        losses.length > 0
          ? { kind: 'migrate-with-loss', losses: losses.map(({ code, message }) => ({ code, message })) }
          : { kind: 'migrate' },
      group,
    };
    seen.set(key, site);
    sites.push(site);
  }
  for (const todo of plan.planned) {
    const at = lines.position(todo.offset);
    if (classifyTodo(todo.code) === 'loss' && sites.length > 0) continue;
    sites.push({
      kind: 'other',
      rule: todo.code as RuleCode,
      start: todo.offset,
      end: todo.offset + 1,
      ...at,
      decision: { kind: 'leave', code: todo.code, message: todo.message },
      group,
    });
  }
  for (const prose of plan.prose ?? []) {
    const rule = RULES_BY_CODE[prose.code];
    sites.push({
      kind: 'text-url',
      rule: prose.code,
      start: prose.start,
      end: Math.max(prose.end, prose.start + 2),
      ...lines.position(prose.start),
      decision: {
        kind: 'leave',
        code: prose.code,
        message: `${rule.message.replace(' {value}', '')}. ${rule.hint}`,
      },
      group,
    });
  }
  for (const body of plan.unsent ?? [])
    sites.push({
      kind: 'body',
      rule: 'RB302',
      start: body.start,
      end: body.end,
      ...lines.position(body.start),
      decision: { kind: 'leave', code: 'RB302', message: UNSENT },
      group,
    });
  for (const call of plan.compat ?? [])
    sites.push({
      kind: 'endpoint',
      rule: 'RB245',
      start: call.start,
      end: Math.max(call.end, call.start + 2),
      ...lines.position(call.start),
      decision: { kind: 'leave', code: 'RB245', message: describeCompat(call.value) },
      group,
      value: call.value,
      covers: call.covers,
    });
  return sites;
}

const UNSENT = `${RULES_BY_CODE.RB302.message}, sent by no request rb-migrate can follow in this project; left as it is`;

function describeCompat(value: string): string {
  return RULES_BY_CODE.RB245.message.replace('{value}', value);
}
