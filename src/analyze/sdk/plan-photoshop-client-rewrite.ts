import { readSpan } from '../ast/read-span.ts';
import type { AnyNode, AnyPath } from '../ast/types.ts';

import { addSdkTodo } from './add-sdk-todo.ts';
import type { SdkPlanContext } from './types.ts';

/**
 * `new PhotoshopClient({ clientId, tokenProvider })` →
 * `createRemoveBackgroundClient({ apiKey: clientId, getToken: () => tokenProvider.getToken() })` (an inline
 * `tokenProvider: { getToken: fn }` gives `getToken: fn`); a config held in a variable →
 * `createRemoveBackgroundClient(fromPhotoshopConfig(config))`. Client credentials (`clientSecret`: the SDK
 * fetched IMS tokens itself) cannot be carried over: RB208 TODO and false (nothing planned).
 */
export function planPhotoshopClientRewrite(ctx: SdkPlanContext, path: AnyPath): boolean {
  const node = path.node;
  const args: AnyNode[] = node.arguments;
  const text = (n: object) => ctx.source.slice(readSpan(n).start, readSpan(n).end);
  if (args.length !== 1 || args[0].type === 'SpreadElement') return false;
  const config = args[0];
  let replacement: string;
  if (config.type === 'ObjectExpression') {
    const props = new Map<string, AnyNode>();
    for (const p of config.properties) {
      if ((p.type !== 'Property' && p.type !== 'ObjectProperty') || p.computed) return false;
      props.set(p.key.name ?? p.key.value, p.value);
    }
    const clientId = props.get('clientId');
    const provider = props.get('tokenProvider');
    if (!clientId || !provider) {
      const what = props.has('clientSecret')
        ? 'new PhotoshopClient({ clientId, clientSecret }) with client credentials'
        : `new PhotoshopClient(${text(config)})`;
      addSdkTodo(ctx, path, 'RB208', what);
      return false;
    }
    const apiKey = text(clientId) === 'apiKey' ? 'apiKey' : `apiKey: ${text(clientId)}`;
    let getToken: string;
    const inlineGetToken =
      provider.type === 'ObjectExpression'
        ? provider.properties.find(
            (p: AnyNode) =>
              (p.type === 'Property' || p.type === 'ObjectProperty') &&
              !p.computed &&
              p.key.name === 'getToken',
          )
        : undefined;
    const method =
      provider.type === 'ObjectExpression'
        ? provider.properties.find((p: AnyNode) => p.type === 'ObjectMethod' && p.key.name === 'getToken')
        : undefined;
    if (inlineGetToken)
      getToken =
        text(inlineGetToken.value) === 'getToken' ? 'getToken' : `getToken: ${text(inlineGetToken.value)}`;
    else if (method)
      getToken = `getToken: ${method.async ? 'async ' : ''}function ${text(method).replace(/^(async\s+)?getToken\s*/, '')}`;
    else if (provider.type === 'Identifier' || provider.type === 'MemberExpression')
      getToken = `getToken: () => ${text(provider)}.getToken()`;
    else getToken = `getToken: () => (${text(provider)}).getToken()`;
    replacement = `createRemoveBackgroundClient({ ${apiKey}, ${getToken} })`;
  } else {
    replacement = `createRemoveBackgroundClient(fromPhotoshopConfig(${text(config)}))`;
    ctx.runtimeNames.add('fromPhotoshopConfig');
  }
  ctx.edits.push({ start: node.start, end: node.end, text: replacement, kind: 'sdk-client' });
  ctx.consumed.push([node.start, node.end]);
  ctx.runtimeNames.add('createRemoveBackgroundClient');
  return true;
}
