import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import { addMemberClient } from './add-member-client.ts';
import { findEnclosingClass } from '../ast/find-enclosing-class.ts';
import { findPaths } from '../ast/find-paths.ts';
import { readClientSdk } from './read-client-sdk.ts';
import { readReturnedClientSdk } from './read-returned-client-sdk.ts';
import { resolveBinding } from './resolve-binding.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** Rounds of propagation; chains of aliases and factories longer than this are not followed. */
const MAX_ROUNDS = 6;

/**
 * Follows clients by data flow until nothing new is learnt: variables initialised or assigned with a client
 * (a module-level `let client`), `this.<field>` and class fields holding one, local functions returning one
 * (factories), and `.then(client => …)` callbacks.
 */
export function growSdkBindings(j: JSCodeshift, root: Collection<ASTNode>, bindings: SdkBindings): void {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = countBindings(bindings);
    noteVariables(j, root, bindings);
    noteAssignments(root, bindings);
    noteClassFields(root, bindings);
    noteFunctionFactories(j, root, bindings);
    noteThenCallbacks(root, bindings);
    if (countBindings(bindings) === before) break;
  }
}

function countBindings(bindings: SdkBindings): number {
  const members = [...bindings.members.values()].reduce((n, m) => n + m.size, 0);
  return bindings.clients.size + bindings.factories.size + members;
}

/** `const client = await sdk.init(…)`, `const getClient = () => client`. */
function noteVariables(j: JSCodeshift, root: Collection<ASTNode>, bindings: SdkBindings): void {
  findPaths(root, 'VariableDeclarator').forEach((path: AnyPath) => {
    const { id, init } = path.node;
    if (id.type !== 'Identifier' || !init) return;
    const binding = resolveBinding(path, id.name);
    if (isFunction(init)) {
      const sdk = readReturnedClientSdk(j, bindings, path.get('init'));
      if (sdk && binding) bindings.factories.set(binding, sdk);
      return;
    }
    const sdk = readClientSdk(bindings, path.get('init'));
    if (sdk && binding) bindings.clients.set(binding, sdk);
  });
}

/** `client = …` and `this.client = …`. */
function noteAssignments(root: Collection<ASTNode>, bindings: SdkBindings): void {
  findPaths(root, 'AssignmentExpression').forEach((path: AnyPath) => {
    const { left } = path.node;
    if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed) {
      const sdk = readClientSdk(bindings, path.get('right'));
      if (sdk) addMemberClient(bindings, findEnclosingClass(path), left.property.name, sdk);
      return;
    }
    if (left.type !== 'Identifier') return;
    const sdk = readClientSdk(bindings, path.get('right'));
    const binding = resolveBinding(path, left.name);
    if (sdk && binding) bindings.clients.set(binding, sdk);
  });
}

/** `class A { client = sdk.init(…) }`. */
function noteClassFields(root: Collection<ASTNode>, bindings: SdkBindings): void {
  findPaths(root, 'Node').forEach((path: AnyPath) => {
    const node = path.node;
    if (node.type !== 'ClassProperty' && node.type !== 'PropertyDefinition') return;
    if (node.static || node.computed || node.key.type !== 'Identifier' || !node.value) return;
    const sdk = readClientSdk(bindings, path.get('value'));
    if (sdk) addMemberClient(bindings, path.parent?.parent?.node, node.key.name, sdk);
  });
}

/** `function getClient() { return sdk.init(…) }`. */
function noteFunctionFactories(j: JSCodeshift, root: Collection<ASTNode>, bindings: SdkBindings): void {
  findPaths(root, 'FunctionDeclaration').forEach((path: AnyPath) => {
    if (!path.node.id) return;
    const sdk = readReturnedClientSdk(j, bindings, path);
    const binding = resolveBinding(path.parent, path.node.id.name);
    if (sdk && binding) bindings.factories.set(binding, sdk);
  });
}

/** `sdk.init(…).then((client) => …)`. */
function noteThenCallbacks(root: Collection<ASTNode>, bindings: SdkBindings): void {
  findPaths(root, 'CallExpression').forEach((path: AnyPath) => {
    const callee = path.node.callee;
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'then') return;
    const sdk = readClientSdk(bindings, path.get('callee', 'object'));
    const fn = path.node.arguments[0];
    if (!sdk || !fn || !isFunction(fn) || fn.params[0]?.type !== 'Identifier') return;
    const binding = resolveBinding(path.get('arguments', 0, 'body'), fn.params[0].name);
    if (binding) bindings.clients.set(binding, sdk);
  });
}

function isFunction(node: ASTNode): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}
