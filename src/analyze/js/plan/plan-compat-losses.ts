import type { V1Endpoint, RuleCode } from 'rb-migrate-runtime/mapping';
import { sortDiagnostics } from 'rb-migrate-runtime';
import { ValidationError, toV2 } from 'rb-migrate-runtime/translate';
import type { ToV2Result } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { evaluateV1Object } from '../evaluate-v1-object.ts';
import { findBinding } from '../../ast/find-binding.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import type { RequestCall } from '../find-request-call.ts';
import { unwrapExpression } from '../../ast/unwrap-expression.ts';

/**
 * What the compatibility layer will lose for a compat site, decided at rewrite time: when the request's V1
 * body is a literal the codemod can read (inline, `JSON.stringify({...})`, or a `const` never mutated), it is
 * translated as v1Fetch will translate it, and every loss the runtime would report (sortDiagnostics: binary
 * mask RB120, an input host off the allowlist RB102, a Creative Cloud output RB111, …) becomes a coded TODO
 * above the request, so `check` fails until a human decides. RB110 (delivery) is not a loss: v1Fetch
 * delivers. Values read at run time are left to the runtime (it reports them, or refuses in strict mode).
 */
export function planCompatLosses(
  ctx: CodemodContext,
  endpoint: V1Endpoint,
  request: RequestCall,
): TodoRequest[] {
  const object = request.payload && findBodyLiteral(ctx, request.payload);
  if (!object) return [];
  const evaluated = evaluateV1Object(ctx, object);
  if (evaluated.problem) return [];
  let result: ToV2Result;
  try {
    result = toV2(evaluated.value, { endpoint });
  } catch (error) {
    if (error instanceof ValidationError) return [];
    throw error;
  }
  const { refused, lossy } = sortDiagnostics(result.diagnostics, result.delivery, false);
  const dynamic = evaluated.leaves.filter((l) => l.dynamic);
  const statementStart = findEnclosingStatement(request.call).node.start as number;
  return [...refused, ...lossy]
    .filter((d) => !dynamic.some((l) => l.path === d.path))
    .map((d) => {
      let message = `${d.message}. ${d.hint ?? ''}`.trim();
      for (const l of dynamic)
        message = message.split(JSON.stringify(l.value)).join(l.text.replace(/\s+/g, ' '));
      return { statementStart, code: d.code as RuleCode, message };
    });
}

/** The V1 body object literal a payload expression sends, when it is one the codemod can read whole. */
function findBodyLiteral(ctx: CodemodContext, payload: AnyPath): AnyPath | undefined {
  let path = unwrapExpression(payload);
  const node = path.node;
  if (
    node.type === 'CallExpression' &&
    node.callee.type === 'MemberExpression' &&
    node.callee.object.name === 'JSON' &&
    node.callee.property.name === 'stringify' &&
    node.arguments.length === 1
  )
    path = unwrapExpression(path.get('arguments', 0));
  if (path.node.type === 'ObjectExpression') return path;
  if (path.node.type !== 'Identifier') return undefined;
  const name = path.node.name;
  const declarator = findBinding(path, name)?.declaration.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || declarator.parent?.node.kind !== 'const')
    return undefined;
  // A body changed after it is built (`body.output.href = …`) is not the literal: left to the runtime.
  if (new RegExp(`\\b${name}(?:\\.\\w+|\\[[^\\]]+\\])+\\s*(?:[-+*/|&]?=)(?!=)`).test(ctx.source))
    return undefined;
  const init = unwrapExpression(declarator.get('init'));
  return init.node?.type === 'ObjectExpression' ? init : undefined;
}
