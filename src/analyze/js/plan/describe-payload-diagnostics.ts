import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';
import type { ToV2Result } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { describeDeliveryTodo } from '../describe-delivery-todo.ts';
import type { V1Leaf } from '../evaluate-v1-object.ts';
import type { StagedPayload } from './staged-payload.ts';

/** The translated payload whose diagnostics are to be told. */
export interface PayloadDiagnostics {
  object: AnyPath;
  /** Where TODOs go unless a mutation caused them. */
  statementStart: number;
  staged: StagedPayload;
  constLeaves: ReadonlyMap<string, V1Leaf>;
  effectiveLeaves: readonly V1Leaf[];
  effectiveResult: ToV2Result;
}

/**
 * The translator's warnings and errors on the body as sent, as coded TODOs (at the mutation that caused one,
 * else at the payload's statement). A dynamic value's conditional check is not told (its value is unknown);
 * values written as code are named by their source text, never quoted; RB110 names the delivery to add.
 */
export function describePayloadDiagnostics(ctx: CodemodContext, payload: PayloadDiagnostics): TodoRequest[] {
  const { object, statementStart, staged, constLeaves, effectiveLeaves } = payload;
  const todos: TodoRequest[] = [];
  for (const d of payload.effectiveResult.diagnostics) {
    if (d.severity === 'info') continue;
    const leaf = effectiveLeaves.find((l) => l.path === d.path);
    const row = MAPPING_BY_PATH.get(d.path);
    if (leaf?.dynamic && row && !row.checks.some((c) => c.code === d.code && c.when.kind === 'always'))
      continue;
    let message = `${d.message}. ${d.hint ?? ''}`.trim();
    // A Creative Cloud output cannot receive an upload (RB111 says so): no deliver() call to offer.
    const output = staged.effectiveValue.output;
    if (d.code === 'RB110' && output && (output as { storage?: unknown }).storage !== 'adobe') {
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
      todos.push({
        statementStart: staged.mutationLeaves.get(d.path)?.mutation.statement.node.start ?? statementStart,
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
    const mutated = staged.mutationLeaves.get(d.path);
    const at = mutated ? (mutated.mutation.statement.node.start as number) : statementStart;
    todos.push({ statementStart: at, code: d.code, message });
  }
  return todos;
}
