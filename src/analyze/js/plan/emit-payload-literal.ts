import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';
import type { ToV2Result } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext } from '../codemod-context.ts';
import type { EvaluatedPayload, V1Leaf } from '../evaluate-v1-object.ts';
import { buildV2Literal } from './build-v2-literal.ts';
import { readLiteralLayout } from './read-literal-layout.ts';
import type { PayloadFailure, StagedPayload } from './staged-payload.ts';
import { verifyV2Literal } from './verify-v2-literal.ts';

/**
 * The V2 object literal's text: moved values keep their source text and comments; everything else is printed
 * from the translator's result, in the literal's own layout. The text is verified by re-parsing (RB206 when
 * it does not evaluate to the result).
 */
export function emitPayloadLiteral(
  ctx: CodemodContext,
  object: AnyPath,
  evaluated: EvaluatedPayload,
  staged: StagedPayload,
  effectiveLeaves: readonly V1Leaf[],
  literalResult: ToV2Result,
): { text: string } | PayloadFailure {
  const leaves = evaluated.leaves;
  const textAt = new Map<string, string>();
  const commentsAt = new Map<string, string[]>();
  const valueOfText = new Map<string, unknown>();
  const orphanComments: string[] = [];
  const movedFrom = new Map<string, string>();
  for (const leaf of leaves) {
    const row = MAPPING_BY_PATH.get(leaf.path);
    if (row?.action.kind === 'move') {
      textAt.set(row.action.to, leaf.text);
      valueOfText.set(leaf.text, getAt(staged.literalValue, leaf.path));
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
      { ...readLiteralLayout(ctx, object), textAt, commentsAt, leadingComments: orphanComments },
      (v) => typeof v === 'string' && placeholders.has(v),
    );
  } catch (error) {
    return { failure: { code: 'RB206', vars: { sourceText: (error as Error).message } } };
  }
  const mismatch = verifyV2Literal(ctx, text, literalResult.request, valueOfText);
  if (process.env.RB_DEBUG && mismatch) console.error(JSON.stringify(text), mismatch);
  if (mismatch) return { failure: { code: 'RB206', vars: { sourceText: mismatch } } };
  return { text };
}

function getAt(target: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((cur, p) => (cur as Record<string, unknown> | undefined)?.[p], target);
}
