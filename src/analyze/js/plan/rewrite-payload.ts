import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, Plan } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { describePayloadDiagnostics } from './describe-payload-diagnostics.ts';
import { emitPayloadLiteral } from './emit-payload-literal.ts';
import { evaluateV1Object } from '../evaluate-v1-object.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findV1TypeAnnotations } from '../find-v1-type-annotations.ts';
import type { PayloadMutation } from '../resolve-payload-site.ts';
import { allowsUnknownValue } from './allows-unknown-value.ts';
import { planMutationEdits } from './plan-mutation-edits.ts';
import { readConstLeaves } from './read-const-leaves.ts';
import { stagePayloadMutations } from './stage-payload-mutations.ts';
import type { PayloadFailure } from './staged-payload.ts';
import { translatePayload } from './translate-payload.ts';

export interface PayloadOutcome {
  /** true: `plan` rewrites the payload. false: the site must stay unchanged; `plan.todos` say why. */
  ok: boolean;
  plan: Plan;
}

/**
 * Rewrites one V1 payload object literal (and its later mutations) into the V2 request the translator
 * produces for it, verified by re-parsing; warnings and errors of the translation become coded TODOs.
 * Values the codemod cannot see travel as placeholders and are written back as their source text.
 * Recipe: evaluate → stage mutations → read constants → refuse undecidable values → translate → emit the
 * literal → follow the mutations → tell the diagnostics.
 */
export function rewritePayload(
  ctx: CodemodContext,
  object: AnyPath,
  mutations: readonly PayloadMutation[],
  endpoint: V1Endpoint,
): PayloadOutcome {
  const statementStart = findEnclosingStatement(object).node.start as number;
  const fail = ({ failure: { code, vars } }: PayloadFailure): PayloadOutcome => ({
    ok: false,
    plan: { edits: [], todos: [{ statementStart, code, message: describeTodo(code, vars) }] },
  });

  const evaluated = evaluateV1Object(ctx, object);
  if (evaluated.problem) {
    const { code, sourceText, path } = evaluated.problem;
    return fail({ failure: { code, vars: { sourceText, path: path ?? sourceText } } });
  }
  const leaves = evaluated.leaves;
  const staged = stagePayloadMutations(ctx, evaluated, mutations);
  if ('failure' in staged) return fail(staged);
  const constLeaves = readConstLeaves(ctx, leaves, staged);
  const effectiveLeaves = leaves.map(
    (l) => staged.mutationLeaves.get(l.path)?.leaf ?? constLeaves.get(l.path) ?? l,
  );

  // A dynamic value is fine where the mapping moves it or drops it unconditionally; where its value decides
  // what V2 gets (storage, mask format, colour space, output type) the site stays unchanged.
  const undecidable = effectiveLeaves.find((l) => l.dynamic && !allowsUnknownValue(l.path));
  if (undecidable)
    return fail({
      failure: { code: 'RB207', vars: { sourceText: undecidable.text, path: undecidable.path } },
    });

  const differs = mutations.length > 0 || constLeaves.size > 0;
  const translated = translatePayload(staged, endpoint, leaves, effectiveLeaves, differs);
  if ('failure' in translated) return fail(translated);
  const emitted = emitPayloadLiteral(
    ctx,
    object,
    evaluated,
    staged,
    effectiveLeaves,
    translated.literalResult,
  );
  if ('failure' in emitted) return fail(emitted);

  const typed = findV1TypeAnnotations(ctx, { payload: object });
  const mutationEdits = planMutationEdits(ctx, staged);
  if ('failure' in mutationEdits) return fail(mutationEdits);
  const plan: Plan = {
    edits: [
      { start: object.node.start, end: object.node.end, text: emitted.text, kind: 'payload' },
      ...typed.edits,
      ...mutationEdits,
    ],
    todos: typed.todos,
  };
  const { effectiveResult } = translated;
  plan.todos.push(
    ...describePayloadDiagnostics(ctx, {
      object,
      statementStart,
      staged,
      constLeaves,
      effectiveLeaves,
      effectiveResult,
    }),
  );
  return { ok: true, plan };
}
