import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';
import type { MigrationEdit } from '../types.ts';
import type { AnyPath, CodemodContext } from '../codemod-context.ts';
import type { PayloadFailure, StagedPayload } from './staged-payload.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Each later mutation of the payload follows its value: `body.output.href = x` becomes the V2 path
 * (`body.outputs[0]…` is never written: a destination that is not plain identifiers fails with RB201), and a
 * mutation of a value V2 does not take is removed (with its line when it stands alone).
 */
export function planMutationEdits(
  ctx: CodemodContext,
  staged: StagedPayload,
): MigrationEdit[] | PayloadFailure {
  const edits: MigrationEdit[] = [];
  for (const { mutation } of staged.mutationLeaves.values()) {
    const row = MAPPING_BY_PATH.get(mutation.path)!;
    if (row.action.kind === 'move') {
      const to = row.action.to.split('.');
      if (!to.every((s) => IDENTIFIER.test(s)))
        return {
          failure: {
            code: 'RB201',
            vars: {
              sourceText: ctx.source.slice(mutation.statement.node.start, mutation.statement.node.end),
            },
          },
        };
      edits.push({
        start: mutation.root.node.end,
        end: mutation.target.node.end,
        text: `.${to.join('.')}`,
        kind: 'payload',
      });
    } else edits.push(removeStatement(ctx, mutation.statement));
  }
  return edits;
}

function removeStatement(ctx: CodemodContext, statement: AnyPath): MigrationEdit {
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
