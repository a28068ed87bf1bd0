import type { ASTNode } from 'jscodeshift';
import { readSpan } from '../ast/read-span.ts';
import type { AnyNode, AnyPath } from '../ast/types.ts';

import { addSdkTodo } from './add-sdk-todo.ts';
import type { SdkPlanContext } from './types.ts';

/**
 * `sdk.init(orgId, apiKey, token, files?, options?)` → `createRemoveBackgroundClient({ apiKey, token })`,
 * keeping the argument expressions: `orgId` is dropped (V2 has no x-gw-ims-org-id), `options.userFetch`
 * becomes `fetch` and `options['User-Agent']` becomes `userAgent`. A `files` instance (aio-lib-files) gets
 * an RB211 TODO. Unless awaited (or returned from an async function) it is wrapped in Promise.resolve.
 * Returns false when the call cannot be rewritten (fewer than three arguments, spreads).
 */
export function planAioInitRewrite(ctx: SdkPlanContext, path: AnyPath): boolean {
  const node = path.node;
  const args: AnyNode[] = node.arguments;
  const text = (n: object) => ctx.source.slice(readSpan(n).start, readSpan(n).end);
  if (args.length < 3 || args.some((a) => a.type === 'SpreadElement')) return false;
  const props = [prop('apiKey', text(args[1])), prop('token', text(args[2]))];
  const files = args[3];
  if (files && !isNullish(files)) addSdkTodo(ctx, path, 'RB211', text(files));
  const options = args[4];
  if (options && !isNullish(options)) {
    if (options.type === 'ObjectExpression') {
      for (const p of options.properties) {
        if ((p.type !== 'Property' && p.type !== 'ObjectProperty') || p.computed) continue;
        const key = p.key.name ?? p.key.value;
        if (key === 'userFetch') props.push(prop('fetch', text(p.value)));
        if (key === 'User-Agent') props.push(prop('userAgent', text(p.value)));
      }
    } else if (options.type === 'Identifier' || options.type === 'MemberExpression') {
      const o = text(options);
      props.push(`fetch: ${o}?.userFetch`, `userAgent: ${o}?.['User-Agent']`);
    }
  }
  let replacement = `createRemoveBackgroundClient({ ${props.join(', ')} })`;
  if (!isAwaitedOrAsyncReturn(path)) replacement = `Promise.resolve(${replacement})`;
  ctx.edits.push({ start: node.start, end: node.end, text: replacement, kind: 'sdk-client' });
  ctx.consumed.push([node.start, node.end]);
  ctx.runtimeNames.add('createRemoveBackgroundClient');
  return true;
}

/**
 * init() returned a promise; createRemoveBackgroundClient returns the client. Where the value is awaited
 * or returned from an async function that makes no difference; anywhere else (`.then`, a stored promise)
 * the replacement is wrapped in Promise.resolve so promise methods keep working.
 */
function isAwaitedOrAsyncReturn(path: AnyPath): boolean {
  let p = path;
  while (
    p.parent &&
    /^(ParenthesizedExpression|TSAsExpression|TSNonNullExpression)$/.test(p.parent.node.type)
  )
    p = p.parent;
  const parent = p.parent?.node;
  if (parent?.type === 'AwaitExpression') return true;
  if (parent?.type === 'ArrowFunctionExpression' && parent.body === p.node) return parent.async === true;
  if (parent?.type === 'ReturnStatement') {
    let f = p.parent;
    while (f && !/Function|ObjectMethod|ClassMethod/.test(f.node.type)) f = f.parent;
    return Boolean(f && f.node.async === true);
  }
  return false;
}

function prop(key: string, value: string): string {
  return key === value ? key : `${key}: ${value}`;
}

function isNullish(node: ASTNode): boolean {
  return (
    (node.type === 'Identifier' && node.name === 'undefined') ||
    node.type === 'NullLiteral' ||
    (node.type === 'Literal' && node.value === null)
  );
}
