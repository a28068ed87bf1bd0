import type { V1Endpoint, RuleCode } from 'rb-migrate-runtime/mapping';
import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';
import { ValidationError, toV2 } from 'rb-migrate-runtime/translate';
import type { ToV2Result } from 'rb-migrate-runtime/translate';
import { buildV2Literal } from './build-v2-literal.ts';
import type { AnyPath, CodemodContext, Plan, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { describeDeliveryTodo } from '../describe-delivery-todo.ts';
import { evaluateV1Object, type V1Leaf } from '../evaluate-v1-object.ts';
import { makePlaceholder } from './make-placeholder.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { foldLocalConstant } from '../fold-local-constant.ts';
import { findV1TypeAnnotations } from '../find-v1-type-annotations.ts';
import type { PayloadMutation } from '../resolve-payload-site.ts';
import { verifyV2Literal } from './verify-v2-literal.ts';

export interface PayloadOutcome {
  /** true: `plan` rewrites the payload. false: the site must stay unchanged; `plan.todos` say why. */
  ok: boolean;
  plan: Plan;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Rewrites one V1 payload object literal (and its later mutations) into the V2 request the translator
 * produces for it, verified by re-parsing; warnings and errors of the translation become coded TODOs.
 * Values the codemod cannot see travel as placeholders and are written back as their source text.
 */
export function rewritePayload(
  ctx: CodemodContext,
  object: AnyPath,
  mutations: readonly PayloadMutation[],
  endpoint: V1Endpoint,
): PayloadOutcome {
  const statementStart = findEnclosingStatement(object).node.start as number;
  const fail = (code: RuleCode, vars: Parameters<typeof describeTodo>[1]): PayloadOutcome => ({
    ok: false,
    plan: { edits: [], todos: [{ statementStart, code, message: describeTodo(code, vars) }] },
  });

  const evaluated = evaluateV1Object(ctx, object);
  if (evaluated.problem) {
    const { code, sourceText, path } = evaluated.problem;
    return fail(code, { sourceText, path: path ?? sourceText });
  }
  const leaves = evaluated.leaves;
  const leafAt = new Map(leaves.map((l) => [l.path, l]));

  // Mutations: the literal keeps its own values (placeholders standing for its text), the effective body
  // (for diagnostics) takes the assigned values.
  const literalValue = structuredClone(evaluated.value);
  const effectiveValue = structuredClone(evaluated.value);
  const mutationLeaves = new Map<string, { leaf: V1Leaf; mutation: PayloadMutation }>();
  for (const m of mutations) {
    const own = leafAt.get(m.path);
    const row = MAPPING_BY_PATH.get(m.path);
    if (!own || !row) return fail('RB201', { sourceText: src(ctx, m.statement.node), path: m.path });
    const ownPlaceholder = makePlaceholder();
    setAt(literalValue, m.path, ownPlaceholder);
    own.value = ownPlaceholder;
    own.dynamic = true;
    const assigned = src(ctx, m.value.node);
    const lit = literalOf(m.value.node);
    const leaf: V1Leaf = {
      path: m.path,
      text: assigned,
      value: lit.ok ? lit.value : makePlaceholder(),
      dynamic: !lit.ok,
      comments: [],
      node: m.value.node,
    };
    setAt(effectiveValue, m.path, leaf.value);
    mutationLeaves.set(m.path, { leaf, mutation: m });
  }

  // A leaf written as a string constant (`href: INPUT_URL`, also one imported from another module of the
  // project, or a template of constants) keeps its text in the output, but the translator's diagnostics
  // see its value (e.g. RB102 for an input host off the V2 allowlist).
  const constLeaves = new Map<string, V1Leaf>();
  for (const leaf of leaves) {
    if (!leaf.dynamic || mutationLeaves.has(leaf.path) || !leaf.node?.value) continue;
    // only values the mapping moves as they are (URLs): a value that decides the V2 request stays RB207
    if (!valueMayBeUnknown(leaf.path)) continue;
    const known = foldLocalConstant(ctx, leaf.node.value);
    if (typeof known !== 'string') continue;
    constLeaves.set(leaf.path, { ...leaf, value: known, dynamic: false });
    setAt(effectiveValue, leaf.path, known);
  }

  // A dynamic value is fine where the mapping moves it or drops it unconditionally; where its value decides
  // what V2 gets (storage, mask format, colour space, output type) the site stays unchanged.
  const effectiveLeaves = leaves.map((l) => mutationLeaves.get(l.path)?.leaf ?? constLeaves.get(l.path) ?? l);
  for (const leaf of effectiveLeaves) {
    if (!leaf.dynamic || valueMayBeUnknown(leaf.path)) continue;
    return fail('RB207', { sourceText: leaf.text, path: leaf.path });
  }

  let literalResult: ToV2Result;
  let effectiveResult: ToV2Result;
  try {
    literalResult = translate(literalValue, endpoint, leaves);
    effectiveResult =
      mutations.length || constLeaves.size
        ? translate(effectiveValue, endpoint, effectiveLeaves)
        : literalResult;
  } catch (error) {
    const reason = error instanceof ValidationError ? error.message : String(error);
    return fail('RB201', { sourceText: reason, path: '' });
  }

  // Emission: moved values keep their source text and comments; everything else is printed from the result.
  const textAt = new Map<string, string>();
  const commentsAt = new Map<string, string[]>();
  const valueOfText = new Map<string, unknown>();
  const orphanComments: string[] = [];
  const movedFrom = new Map<string, string>();
  for (const leaf of leaves) {
    const row = MAPPING_BY_PATH.get(leaf.path);
    if (row?.action.kind === 'move') {
      textAt.set(row.action.to, leaf.text);
      valueOfText.set(leaf.text, getAt(literalValue, leaf.path));
      if (leaf.comments.length) commentsAt.set(row.action.to, [...leaf.comments]);
      movedFrom.set(leaf.path, row.action.to);
    } else orphanComments.push(...leaf.comments);
  }
  for (const [container, comments] of evaluated.containerComments) {
    if (!comments.length) continue;
    const top = container.split('.')[0]!;
    const moved = [...movedFrom].find(([from]) => from.startsWith(`${container}.`));
    const destination = top in literalResult.request ? top : moved?.[1].split('.')[0];
    if (destination) commentsAt.set(destination, [...comments, ...(commentsAt.get(destination) ?? [])]);
    else orphanComments.push(...comments);
  }
  const placeholders = new Set(
    [...leaves, ...effectiveLeaves].filter((l) => l.dynamic).map((l) => l.value as string),
  );
  let text: string;
  try {
    text = buildV2Literal(
      literalResult.request as Record<string, unknown>,
      { ...layoutOf(ctx, object), textAt, commentsAt, leadingComments: orphanComments },
      (v) => typeof v === 'string' && placeholders.has(v),
    );
  } catch (error) {
    return fail('RB206', { sourceText: (error as Error).message });
  }
  const mismatch = verifyV2Literal(ctx, text, literalResult.request, valueOfText);
  if (process.env.RB_DEBUG && mismatch) console.error(JSON.stringify(text), mismatch);
  if (mismatch) return fail('RB206', { sourceText: mismatch });

  const typed = findV1TypeAnnotations(ctx, { payload: object });
  const plan: Plan = {
    edits: [{ start: object.node.start, end: object.node.end, text, kind: 'payload' }, ...typed.edits],
    todos: typed.todos,
  };

  for (const { mutation } of mutationLeaves.values()) {
    const row = MAPPING_BY_PATH.get(mutation.path)!;
    if (row.action.kind === 'move') {
      const to = row.action.to.split('.');
      if (!to.every((s) => IDENTIFIER.test(s)))
        return fail('RB201', { sourceText: src(ctx, mutation.statement.node) });
      plan.edits.push({
        start: mutation.root.node.end,
        end: mutation.target.node.end,
        text: `.${to.join('.')}`,
        kind: 'payload',
      });
    } else plan.edits.push(removeStatement(ctx, mutation.statement));
  }

  for (const d of effectiveResult.diagnostics) {
    if (d.severity === 'info') continue;
    const leaf = effectiveLeaves.find((l) => l.path === d.path);
    const row = MAPPING_BY_PATH.get(d.path);
    if (leaf?.dynamic && row && !row.checks.some((c) => c.code === d.code && c.when.kind === 'always'))
      continue;
    let message = `${d.message}. ${d.hint ?? ''}`.trim();
    // A Creative Cloud output cannot receive an upload (RB111 says so): no deliver() call to offer.
    if (d.code === 'RB110' && effectiveValue.output && (effectiveValue.output as any).storage !== 'adobe') {
      const href = effectiveLeaves.find((l) => l.path === 'output.href');
      const storage = effectiveLeaves.find((l) => l.path === 'output.storage');
      const declarator = object.parent?.node;
      message = describeDeliveryTodo(ctx, object, {
        hrefText: href?.text,
        hrefIsLiteral: href !== undefined && !href.dynamic && !constLeaves.has(href.path),
        storage:
          storage === undefined
            ? "'external'"
            : storage.dynamic
              ? storage.text
              : JSON.stringify(storage.value).replace(/^"|"$/g, "'"),
        bodyName:
          declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier'
            ? declarator.id.name
            : undefined,
      });
      plan.todos.push({
        statementStart: mutationLeaves.get(d.path)?.mutation.statement.node.start ?? statementStart,
        code: d.code,
        message,
      });
      continue;
    }
    for (const l of effectiveLeaves) {
      // A constant is named, never quoted (it may hold a signed query string).
      if (l.dynamic || constLeaves.has(l.path))
        message = message.split(JSON.stringify(l.value)).join(l.text.replace(/\s+/g, ' '));
    }
    const mutated = mutationLeaves.get(d.path);
    const at = mutated ? (mutated.mutation.statement.node.start as number) : statementStart;
    plan.todos.push({ statementStart: at, code: d.code, message } satisfies TodoRequest);
  }
  return { ok: true, plan };
}

function src(ctx: CodemodContext, node: any): string {
  return ctx.source.slice(node.start, node.end);
}

function literalOf(node: any): { ok: true; value: unknown } | { ok: false } {
  if (node.type === 'StringLiteral' || node.type === 'NumericLiteral' || node.type === 'BooleanLiteral')
    return { ok: true, value: node.value };
  if (node.type === 'Literal' && !node.regex) return { ok: true, value: node.value };
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return { ok: true, value: node.quasis[0].value.cooked };
  return { ok: false };
}

/** Whether the mapping lets a value be unknown: it moves verbatim, or is dropped/delivered whatever it is. */
function valueMayBeUnknown(path: string): boolean {
  const row = MAPPING_BY_PATH.get(path);
  if (!row) return true;
  if (row.action.kind === 'move') return true;
  if (row.action.kind === 'lookup' || row.equivalentWhen) return false;
  return row.checks.every((c) => c.when.kind === 'always');
}

/** toV2, retrying dynamic leaves the V1 schema rejects as strings (e.g. booleans) with other placeholder types. */
function translate(value: Record<string, unknown>, endpoint: V1Endpoint, leaves: V1Leaf[]): ToV2Result {
  const alternatives: unknown[] = [true, 1];
  for (let attempt = 0; ; attempt++) {
    try {
      return toV2(value, { endpoint });
    } catch (error) {
      if (!(error instanceof ValidationError) || attempt >= alternatives.length) throw error;
      const bad = error.issues.map((i) => leaves.find((l) => l.dynamic && l.path === i.path));
      if (bad.some((l) => !l)) throw error;
      for (const leaf of bad) {
        leaf!.value = alternatives[attempt];
        setAt(value, leaf!.path, leaf!.value);
      }
    }
  }
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: any = target;
  for (const p of parts.slice(0, -1)) cur = cur[p];
  cur[parts[parts.length - 1]!] = value;
}

function getAt(target: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<any>((cur, p) => cur?.[p], target);
}

function layoutOf(ctx: CodemodContext, object: AnyPath) {
  const node = object.node;
  const source = ctx.source;
  const text = source.slice(node.start, node.end);
  const indentOfLine = (offset: number) => {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(source.slice(lineStart))![0];
  };
  const closeIndent = indentOfLine(node.end - 1);
  const first = node.properties[0];
  const last = node.properties[node.properties.length - 1];
  const firstOnOwnLine =
    first &&
    /\n[ \t]*$/.test(source.slice(node.start, first.start).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));
  const innerIndent = firstOnOwnLine ? indentOfLine(first.start) : closeIndent + ctx.style.indentUnit;
  const tail = last ? source.slice(last.end, node.end - 1).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '') : '';
  const quoteMatch = /(['"])/.exec(text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));
  const quote = (quoteMatch?.[1] as "'" | '"' | undefined) ?? ctx.style.quote;
  return {
    style: { ...ctx.style, quote },
    multiline: text.includes('\n'),
    innerIndent,
    closeIndent,
    trailingComma: tail.includes(','),
  };
}

function removeStatement(ctx: CodemodContext, statement: AnyPath) {
  const source = ctx.source;
  const start = statement.node.start as number;
  const end = statement.node.end as number;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nl = source.indexOf('\n', end);
  const lineEnd = nl === -1 ? source.length : nl + 1;
  const alone =
    /^[ \t]*$/.test(source.slice(lineStart, start)) && /^[ \t]*\r?\n?$/.test(source.slice(end, lineEnd));
  return alone
    ? { start: lineStart, end: lineEnd, text: '', kind: 'payload' }
    : { start, end, text: '', kind: 'payload' };
}
