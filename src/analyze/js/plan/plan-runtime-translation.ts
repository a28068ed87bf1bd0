import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import { RUNTIME_TRANSLATION_FUNCTION, TRANSLATE_MODULE } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { describeDeliveryTodo } from '../describe-delivery-todo.ts';
import { describeTodo } from './describe-todo.ts';
import { findBinding } from '../../ast/find-binding.ts';
import { findReferences } from '../../ast/find-references.ts';
import { isJsonStringify } from '../is-json-stringify.ts';
import { planRuntimeImport } from './plan-runtime-import.ts';
import type { MigrationEdit } from '../types.ts';
import { unwrapExpression } from '../../ast/unwrap-expression.ts';

/** Clients whose argument after the URL is the request options, not the body (`fetch(url, options)`). */
const OPTIONS_CLIENTS = new Set(['fetch', 'got', 'ky', 'request', 'nodeFetch']);
const TEXT = new Set(['StringLiteral', 'TemplateLiteral', 'BinaryExpression']);

/**
 * A V1 body the codemod cannot rewrite statically (cloned, spread conditionally, built by a function, or held in
 * a variable also used for something else) is translated where it is sent:
 * `JSON.stringify(toV2Request(body, { endpoint: 'cutout' }))`, imported once per file from rb-migrate/translate.
 * The site is migrated with its losses traced: RB264 names the body, RB110 the output.href V2 does not upload
 * to (V1 requires it). Undefined when the sent value is (or may be) a string already: nothing to wrap.
 */
export function planRuntimeTranslation(
  ctx: CodemodContext,
  payload: AnyPath,
  endpoint: V1Endpoint,
  statementStart: number,
): { edits: MigrationEdit[]; todos: TodoRequest[] } | undefined {
  if (isOptionsArgument(payload)) return undefined;
  let target = unwrapExpression(payload);
  if (isJsonStringify(target.node) && target.node.arguments.length >= 1)
    target = unwrapExpression(target.get('arguments', 0));
  let serialised: AnyPath | null | undefined;
  if (target.node.type === 'Identifier') {
    serialised = findSerialisation(ctx, target);
    if (serialised === null) return undefined;
    if (serialised) target = serialised;
  }
  if (TEXT.has(target.node.type) || holdsString(target)) return undefined;
  const node = target.node;
  const text = ctx.source.slice(node.start, node.end);
  const q = ctx.style.quote;
  const edits: MigrationEdit[] = [
    {
      start: node.start,
      end: node.end,
      text: `${RUNTIME_TRANSLATION_FUNCTION}(${text}, { endpoint: ${q}${endpoint}${q} })`,
      kind: 'runtime-translation',
    },
  ];
  const imported = planRuntimeImport(ctx, [RUNTIME_TRANSLATION_FUNCTION], {
    module: TRANSLATE_MODULE,
    kind: 'translate-import',
  });
  if (imported) edits.push(imported);
  const named = text.replace(/\s+/g, ' ');
  // a variable still holding the body can be named in the delivery call; an expression (a builder call, a
  // clone) would run again, and a variable serialised in place holds a string by then
  const held = node.type === 'Identifier' && !serialised;
  return {
    edits,
    todos: [
      { statementStart, code: 'RB264', message: describeTodo('RB264', { sourceText: named }) },
      {
        statementStart,
        code: 'RB110',
        message: describeDeliveryTodo(ctx, target, {
          hrefText: held ? `${named}.output.href` : undefined,
          hrefIsLiteral: false,
          storage: held ? `${named}.output.storage` : '<output.storage>',
        }),
      },
    ],
  };
}

/** `const body = JSON.stringify(...)` / a template: the variable holds the serialised body. */
function holdsString(path: AnyPath): boolean {
  if (path.node.type !== 'Identifier') return false;
  const declarator = findBinding(path, path.node.name)?.declaration.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || !declarator.node.init) return false;
  const init = unwrapExpression(declarator.get('init')).node;
  return isJsonStringify(init) || TEXT.has(init.type);
}

/** `fetch(url, init)` where `init` could not be seen into: the options, whose body cannot be wrapped alone. */
function isOptionsArgument(path: AnyPath): boolean {
  const call = path.parent?.node;
  if (!call || (call.type !== 'CallExpression' && call.type !== 'NewExpression') || path.name === 'callee')
    return false;
  const callee = call.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.property?.name;
  return OPTIONS_CLIENTS.has(name);
}

/**
 * `body = JSON.stringify(body)` before the send: the variable holds a string when it is sent, so the body is
 * translated where it is serialised (the argument of that call). null when the variable is assigned a string
 * some other way (nothing safe to wrap); undefined when it is never re-serialised.
 */
function findSerialisation(ctx: CodemodContext, identifier: AnyPath): AnyPath | null | undefined {
  const name = identifier.node.name;
  const binding = findBinding(identifier, name);
  if (!binding) return undefined;
  const found: AnyPath[] = [];
  for (const ref of findReferences(ctx, binding, name)) {
    const assignment = ref.parent;
    if (assignment?.node.type !== 'AssignmentExpression' || ref.name !== 'left') continue;
    const right = unwrapExpression(assignment.get('right'));
    const argument = right.node.arguments?.[0];
    if (isJsonStringify(right.node) && argument?.type === 'Identifier' && argument.name === name)
      found.push(right.get('arguments', 0));
    else if (isJsonStringify(right.node) || TEXT.has(right.node.type)) return null;
  }
  if (found.length > 1) return null;
  return found[0];
}
