import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findBinding } from '../ast/find-binding.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import { unwrapExpression } from '../ast/unwrap-expression.ts';
import { isV1Body } from './is-v1-body.ts';

/** Option names HTTP clients use for the request body: fetch/undici `body`, got/ky `json`, axios `data`. */
const BODY_OPTION_KEYS = ['body', 'json', 'data'];
/** Option names for the URL inside a config object: axios/got/request `url`, `uri`. */
const URL_OPTION_KEYS = ['url', 'uri'];
/** Chained builder methods that carry the body (superagent `.send(body)`). */
const SEND_METHODS = ['send'];
const CALLS = new Set(['CallExpression', 'NewExpression', 'OptionalCallExpression']);

export interface RequestCall {
  /** The expression whose value is the response (the outermost call of a builder chain). */
  call: AnyPath;
  /** The V1 body expression, when it could be found. */
  payload?: AnyPath;
}

/**
 * The HTTP call a URL expression is sent with, and its body: fetch/node-fetch/undici (`body`), axios
 * (`post(url, data)`, `{ url, data }`), ky/got (`json`), superagent (`.send(body)`) and project wrappers
 * (`callApi(url, body)`).
 */
export function findRequestCall(ctx: CodemodContext, urlUse: AnyPath): RequestCall | undefined {
  const use = skipWrappersUp(urlUse);
  const parent = use.parent;
  if (!parent) return undefined;
  if (CALLS.has(parent.node.type) && use.name !== 'callee' && parent.node.arguments.includes(use.node)) {
    const args: AnyPath[] = parent.get('arguments').map((p: AnyPath) => p);
    const index = parent.node.arguments.indexOf(use.node);
    let payload: AnyPath | undefined;
    for (const arg of args.slice(index + 1)) {
      payload = payloadFromArgument(ctx, arg);
      if (payload) break;
    }
    // `axios.post(url, { inputs: [...], outputs: [...] })`: a literal right after the URL that is no options
    // object is the body, even when it is not V1-shaped (the planner then says it is not a V1 body).
    const next = args[index + 1];
    if (!payload && next?.node.type === 'ObjectExpression' && !isOptionsObject(next.node)) payload = next;
    let call: AnyPath = parent;
    for (let i = 0; i < 8; i++) {
      const member = call.parent;
      const outer = member?.parent;
      if (
        !member ||
        !outer ||
        !isMember(member.node) ||
        member.name !== 'callee' ||
        !CALLS.has(outer.node.type)
      )
        break;
      const method = getMemberName(member.node);
      if (!payload && method && SEND_METHODS.includes(method) && outer.node.arguments.length > 0)
        payload = outer.get('arguments', 0);
      if (method === 'then' || method === 'catch' || method === 'finally' || method === 'json') break;
      call = outer;
    }
    return { call, payload };
  }
  if ((parent.node.type === 'ObjectProperty' || parent.node.type === 'Property') && use.name === 'value') {
    const key = getPropertyKey(parent.node);
    const object = parent.parent;
    if (!key || !URL_OPTION_KEYS.includes(key) || object?.node.type !== 'ObjectExpression') return undefined;
    const configArg = skipWrappersUp(object);
    const call = configArg.parent;
    if (!call || !CALLS.has(call.node.type) || !call.node.arguments.includes(configArg.node))
      return undefined;
    return { call, payload: bodyOption(object) };
  }
  return undefined;
}

/** Keys of a request options object (fetch init, axios/got config), as opposed to a body. */
const OPTION_KEYS = new Set([
  'method',
  'headers',
  'params',
  'timeout',
  'signal',
  'responseType',
  ...BODY_OPTION_KEYS,
]);

function isOptionsObject(object: AnyNode): boolean {
  return object.properties.some((p: AnyNode) => OPTION_KEYS.has(getPropertyKey(p) ?? ''));
}

function isMember(node: AnyNode): boolean {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

function getMemberName(node: AnyNode): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  return undefined;
}

/** The value path of the body option in an options object literal. */
function bodyOption(object: AnyPath): AnyPath | undefined {
  const props: AnyPath[] = object.get('properties').map((p: AnyPath) => p);
  for (const prop of props) {
    const key = getPropertyKey(prop.node);
    if (key && BODY_OPTION_KEYS.includes(key)) return prop.get('value');
  }
  return undefined;
}

function payloadFromArgument(ctx: CodemodContext, arg: AnyPath): AnyPath | undefined {
  const inner = unwrapExpression(arg);
  const object = resolveObject(ctx, inner);
  if (object) {
    if (isV1Body(object.node)) return arg;
    const body = bodyOption(object);
    if (body) return body;
    return undefined;
  }
  // A variable or call we cannot see into: it is the body itself (axios.post(url, payload), callApi(url, make())).
  if (inner.node.type === 'Identifier' || CALLS.has(inner.node.type)) return arg;
  return undefined;
}

function resolveObject(ctx: CodemodContext, path: AnyPath): AnyPath | undefined {
  if (path.node.type === 'ObjectExpression') return path;
  if (path.node.type !== 'Identifier') return undefined;
  const binding = findBinding(path, path.node.name);
  const declarator = binding?.declaration.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || !declarator.node.init) return undefined;
  const init = unwrapExpression(declarator.get('init'));
  void ctx;
  return init.node.type === 'ObjectExpression' ? init : undefined;
}
