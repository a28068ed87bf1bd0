import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findBinding } from '../ast/find-binding.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { EXPRESSION_WRAPPERS } from '../ast/expression-wrappers.ts';

/** Axios methods and the index of their config argument (`post(url, data, config)`, `get(url, config)`). */
const CONFIG_INDEX: Record<string, number> = {
  request: 0,
  get: 1,
  delete: 1,
  head: 1,
  options: 1,
  post: 2,
  put: 2,
  patch: 2,
};

/** Where an axios request takes its `adapter`: the config of its instance, or of the request itself. */
export interface AxiosConfig {
  kind: 'instance' | 'request';
  /** The config object literal, when there is one. */
  object?: AnyNode;
  /** Else: the call that needs a config argument, and at which index. */
  call?: AnyNode;
  index?: number;
  /** Whether the config already names `adapter` (a compat rewrite ran, or the user set one). */
  adapter?: string;
}

/**
 * The axios config a request call goes through: `api.post(...)` where `api = X.create({...})` in this file
 * (not exported: the instance is not shared) is its instance config; `axios.post(url, data, config)`,
 * `axios.get(url, config)`, `axios(config)`, `axios.request(config)` on the `axios` import is the request's
 * own config (or the place to add one). Anything else (wrappers, shared instances, spread configs) is undefined.
 */
export function findAxiosConfig(ctx: CodemodContext, call: AnyPath): AxiosConfig | undefined {
  const node = call.node;
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee;
  const method =
    callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier'
      ? callee.property.name
      : undefined;
  const client = method ? callee.object : callee;
  if (client.type !== 'Identifier') return undefined;
  if (client.name === 'axios' && isAxiosImport(call, 'axios')) {
    const index = method === undefined ? 0 : CONFIG_INDEX[method];
    if (index === undefined) return undefined;
    if (method === undefined && node.arguments[0]?.type !== 'ObjectExpression') return undefined;
    return configAt(node, index, 'request');
  }
  if (method === undefined || CONFIG_INDEX[method] === undefined) return undefined;
  const binding = findBinding(call, client.name);
  const declarator = binding?.declaration.parent;
  if (declarator?.node.type !== 'VariableDeclarator' || declarator.node.id !== binding!.declaration.node)
    return undefined;
  if (declarator.parent?.parent?.node.type?.startsWith('Export')) return undefined;
  if (isExported(ctx, client.name)) return undefined;
  const init = unwrapNode(declarator.node.init);
  if (
    init?.type !== 'CallExpression' ||
    init.callee.type !== 'MemberExpression' ||
    init.callee.property?.name !== 'create' ||
    init.arguments.length > 1
  )
    return undefined;
  return configAt(init, 0, 'instance');
}

function configAt(call: AnyNode, index: number, kind: AxiosConfig['kind']): AxiosConfig | undefined {
  const arg = call.arguments[index];
  if (arg === undefined) {
    // A config can be appended only right after the arguments before it.
    if (call.arguments.length !== index) return undefined;
    return { kind, call, index };
  }
  const object = unwrapNode(arg);
  if (object.type !== 'ObjectExpression') return undefined;
  if (object.properties.some((p: AnyNode) => p.type === 'SpreadElement' || p.type === 'SpreadProperty'))
    return undefined;
  const prop = object.properties.find((p: AnyNode) => getPropertyKey(p) === 'adapter');
  return { kind, object, ...(prop ? { adapter: sourceName(prop.value) } : {}) };
}

function sourceName(value: AnyNode): string {
  return value?.type === 'Identifier' ? value.name : '?';
}

function isAxiosImport(from: AnyPath, name: string): boolean {
  const binding = findBinding(from, name);
  let p: AnyPath | undefined = binding?.declaration;
  for (let i = 0; p && i < 4; i++, p = p.parent) {
    const n = p.node;
    if (n.type === 'ImportDeclaration') return n.source.value === 'axios';
    if (n.type === 'VariableDeclarator') {
      const init = unwrapNode(n.init);
      return (
        init?.type === 'CallExpression' &&
        init.callee.type === 'Identifier' &&
        init.callee.name === 'require' &&
        init.arguments[0]?.value === 'axios'
      );
    }
  }
  return false;
}

function isExported(ctx: CodemodContext, name: string): boolean {
  const text = ctx.source;
  return (
    new RegExp(`export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`).test(text) ||
    new RegExp(`export\\s+default\\s+${name}\\b`).test(text) ||
    new RegExp(`(?:module\\.)?exports(?:\\.\\w+)?\\s*=[^;\\n]*\\b${name}\\b`).test(text)
  );
}

function unwrapNode(node: AnyNode): AnyNode {
  let current = node;
  while (current && EXPRESSION_WRAPPERS.has(current.type)) current = current.expression;
  return current;
}
