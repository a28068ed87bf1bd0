import type { ASTPath, Collection, JSCodeshift } from 'jscodeshift';
import { SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import type { TypedReceivers } from './sdk-project-context.ts';
import { isReference } from '../ast/is-reference.ts';
import { resolveBinding } from './resolve-binding.ts';
import { unwrapExpression } from '../ast/unwrap-expression.ts';
import type { SdkImport } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';
import { isTypedHandOver } from './is-typed-hand-over.ts';
import { seedTypedFields } from './seed-typed-fields.ts';

/** What an expression refers to, as far as the SDK imports are concerned. */
export type SdkRef =
  | { kind: 'namespace'; sdk: SdkFacts; imp: SdkImport }
  | { kind: 'export'; sdk: SdkFacts; name: string; imp: SdkImport }
  | { kind: 'client'; sdk: SdkFacts }
  | { kind: 'factory'; sdk: SdkFacts };

export interface SdkCall {
  path: ASTPath<any>;
  sdk: SdkFacts;
  method: string;
  /** V1 path the SDK method posts to. */
  v1Path: string;
}

export interface SdkTrace {
  /** Declaring node of a variable holding a client → its SDK. */
  clients: Map<any, SdkFacts>;
  /** Declaring node of a function returning a client → its SDK. */
  factories: Map<any, SdkFacts>;
  /** `sdk.init(…)` calls and `new PhotoshopClient(…)` expressions. */
  producers: { path: ASTPath<any>; sdk: SdkFacts }[];
  /** Remove Background method calls on traced clients. */
  calls: SdkCall[];
  /** Uses that could not be followed; the SDK's calls must then stay as they are. */
  untraced: { path: ASTPath<any>; sdk: SdkFacts; reason: string }[];
  /** Resolve an expression path to an SDK reference. */
  classify(path: ASTPath<any>): SdkRef | undefined;
}

/**
 * Follows SDK clients by data flow from the SDK imports: `init()` / `new PhotoshopClient()` results
 * (awaited or not), variables initialised or later assigned with them (a module-level `let client`),
 * aliases, `.then(client => …)` callbacks, and local functions returning a client (factories). A method
 * named like an SDK method on anything else is not an SDK call. Every other use of a client (another
 * Photoshop API method, passing it on, storing it on an object, exporting it without project context) is
 * reported in `untraced`.
 */
export function traceSdkClients(
  j: JSCodeshift,
  root: Collection<any>,
  imports: SdkImport[],
  exportedOk: (name: string) => boolean = () => false,
  typed?: TypedReceivers,
): SdkTrace {
  const clients = new Map<any, SdkFacts>();
  const factories = new Map<any, SdkFacts>();
  /** Class node → `this.<name>` fields holding a client. */
  const members = new Map<any, Map<string, SdkFacts>>();
  const memberSdk = (path: ASTPath<any>): SdkFacts | undefined => {
    const node = path.node;
    if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'ThisExpression')
      return undefined;
    return members.get(enclosingClass(path))?.get(node.property.name);
  };
  const addMember = (cls: any, name: string, sdk: SdkFacts) => {
    if (!cls) return;
    if (!members.has(cls)) members.set(cls, new Map());
    members.get(cls)!.set(name, sdk);
  };
  // Parameters the project-wide (type-aware) analysis proved to receive only clients migrated in this run.
  if (typed)
    findPaths(root, 'Identifier').forEach((path: ASTPath<any>) => {
      const sdk = SDKS.find((s) => s.name === typed.params[path.node.start]);
      const binding = sdk && resolveBinding(path, path.node.name);
      if (sdk && binding === path.node) clients.set(binding, sdk);
    });
  if (typed) seedTypedFields(root, typed, addMember);
  for (const imp of imports) {
    for (const n of imp.named) {
      if (imp.clients?.[n.imported]) clients.set(n.binding, imp.sdk);
      if (imp.factories?.[n.imported]) factories.set(n.binding, imp.sdk);
    }
  }

  const classify = (raw: ASTPath<any>): SdkRef | undefined => {
    const path = unwrapExpression(raw);
    const node = path?.node;
    if (!node) return undefined;
    if (node.type === 'Identifier') {
      const binding = resolveBinding(path, node.name);
      if (binding === undefined) return undefined;
      for (const imp of imports) {
        if (imp.namespace?.binding === binding) return { kind: 'namespace', sdk: imp.sdk, imp };
        const named = imp.named.find((n) => n.binding === binding);
        if (named && !imp.clients?.[named.imported] && !imp.factories?.[named.imported])
          return { kind: 'export', sdk: imp.sdk, name: named.imported, imp };
      }
      const c = clients.get(binding);
      if (c) return { kind: 'client', sdk: c };
      const f = factories.get(binding);
      if (f) return { kind: 'factory', sdk: f };
      return undefined;
    }
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed) {
      const obj = classify(path.get('object'));
      if (obj?.kind === 'namespace' && node.property.type === 'Identifier') {
        return { kind: 'export', sdk: obj.sdk, name: node.property.name, imp: obj.imp };
      }
    }
    return undefined;
  };

  const producerSdk = (path: ASTPath<any>): SdkFacts | undefined => {
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
    const callee = classify(path.get('callee'));
    if (callee?.kind !== 'export') return undefined;
    const form = node.type === 'CallExpression' ? 'call' : 'new';
    return callee.sdk.factory.export === callee.name && callee.sdk.factory.form === form
      ? callee.sdk
      : undefined;
  };

  /** The SDK of the client this expression evaluates to (or resolves to, when awaited). */
  const yieldsClient = (raw: ASTPath<any>): SdkFacts | undefined => {
    const path = unwrapExpression(raw);
    const node = path?.node;
    if (!node) return undefined;
    if (node.type === 'AwaitExpression') return yieldsClient(path.get('argument'));
    const produced = producerSdk(path);
    if (produced) return produced;
    if (node.type === 'Identifier') {
      const ref = classify(path);
      return ref?.kind === 'client' ? ref.sdk : undefined;
    }
    if (node.type === 'MemberExpression') return memberSdk(path);
    if (node.type === 'CallExpression') {
      const ref = classify(path.get('callee'));
      return ref?.kind === 'factory' ? ref.sdk : undefined;
    }
    return undefined;
  };

  const returnsClient = (fn: ASTPath<any>): SdkFacts | undefined => {
    if (fn.node.body.type !== 'BlockStatement') return yieldsClient(fn.get('body'));
    let sdk: SdkFacts | undefined;
    j(fn)
      .find(j.ReturnStatement)
      .forEach((ret: ASTPath<any>) => {
        if (sdk || !ret.node.argument || enclosingFunction(ret) !== fn.node) return;
        sdk = yieldsClient(ret.get('argument'));
      });
    return sdk;
  };

  for (let round = 0; round < 6; round++) {
    const before = clients.size + factories.size + [...members.values()].reduce((n, m) => n + m.size, 0);
    findPaths(root, 'VariableDeclarator').forEach((path: ASTPath<any>) => {
      const { id, init } = path.node;
      if (id.type !== 'Identifier' || !init) return;
      const binding = resolveBinding(path, id.name);
      if (isFunction(init)) {
        const sdk = returnsClient(path.get('init'));
        if (sdk && binding) factories.set(binding, sdk);
        return;
      }
      const sdk = yieldsClient(path.get('init'));
      if (sdk && binding) clients.set(binding, sdk);
    });
    findPaths(root, 'AssignmentExpression').forEach((path: ASTPath<any>) => {
      const { left } = path.node;
      if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed) {
        const sdk = yieldsClient(path.get('right'));
        if (sdk) addMember(enclosingClass(path), left.property.name, sdk);
        return;
      }
      if (left.type !== 'Identifier') return;
      const sdk = yieldsClient(path.get('right'));
      const binding = resolveBinding(path, left.name);
      if (sdk && binding) clients.set(binding, sdk);
    });
    findPaths(root, 'Node').forEach((path: ASTPath<any>) => {
      const node = path.node;
      if (node.type !== 'ClassProperty' && node.type !== 'PropertyDefinition') return;
      if (node.static || node.computed || node.key.type !== 'Identifier' || !node.value) return;
      const sdk = yieldsClient(path.get('value'));
      if (sdk) addMember(path.parent?.parent?.node, node.key.name, sdk);
    });
    findPaths(root, 'FunctionDeclaration').forEach((path: ASTPath<any>) => {
      if (!path.node.id) return;
      const sdk = returnsClient(path);
      const binding = resolveBinding(path.parent, path.node.id.name);
      if (sdk && binding) factories.set(binding, sdk);
    });
    findPaths(root, 'CallExpression').forEach((path: ASTPath<any>) => {
      const callee = path.node.callee;
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.name !== 'then') return;
      const sdk = yieldsClient(path.get('callee', 'object'));
      const fn = path.node.arguments[0];
      if (!sdk || !fn || !isFunction(fn) || fn.params[0]?.type !== 'Identifier') return;
      const binding = resolveBinding(path.get('arguments', 0, 'body'), fn.params[0].name);
      if (binding) clients.set(binding, sdk);
    });
    const memberCount = [...members.values()].reduce((n, m) => n + m.size, 0);
    if (clients.size + factories.size + memberCount === before) break;
  }

  const trace: SdkTrace = { clients, factories, producers: [], calls: [], untraced: [], classify };

  // Remove Background calls (and other methods) on anything that evaluates to a client.
  // (optional calls too: `client?.createCutout(…)` keeps its short-circuit after the rewrite)
  findPaths(root, 'Node').forEach((path: ASTPath<any>) => {
    if (path.node.type !== 'CallExpression' && path.node.type !== 'OptionalCallExpression') return;
    const callee = path.node.callee;
    if (
      (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') ||
      callee.computed ||
      callee.property.type !== 'Identifier'
    )
      return;
    const method = callee.property.name;
    if (method === 'then') return;
    const sdk = yieldsClient(path.get('callee', 'object'));
    if (!sdk) return;
    const v1Path = sdk.methods[method];
    if (v1Path === undefined)
      trace.untraced.push({ path, sdk, reason: `.${method}() is not a Remove Background call` });
    else trace.calls.push({ path, sdk, method, v1Path });
  });

  // Every place a client value appears must be one we understand.
  const checkUse = (path: ASTPath<any>, sdk: SdkFacts): void => {
    if (isTypedHandOver(path, sdk, typed)) return;
    if (typed?.params[path.node.start] === sdk.name) return; // the parameter's own declaration
    const reason = describeEscape(path, clients, factories, classify, exportedOk, members);
    if (reason) trace.untraced.push({ path, sdk, reason });
  };
  findPaths(root, 'Expression').forEach((path: ASTPath<any>) => {
    const node = path.node;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const sdk = producerSdk(path);
      if (sdk) {
        trace.producers.push({ path, sdk });
        checkUse(path, sdk);
        return;
      }
      if (node.type === 'CallExpression') {
        const ref = classify(path.get('callee'));
        if (ref?.kind === 'factory') checkUse(path, ref.sdk);
      }
    }
  });
  findPaths(root, 'Identifier').forEach((path: ASTPath<any>) => {
    if (!isReference(path)) return;
    const ref = classify(path);
    if (ref?.kind === 'client') checkUse(path, ref.sdk);
    else if (ref?.kind === 'factory' && !isCallee(path)) {
      const reason = describeFactoryEscape(path, exportedOk);
      if (reason) trace.untraced.push({ path, sdk: ref.sdk, reason });
    }
  });
  findPaths(root, 'MemberExpression').forEach((path: ASTPath<any>) => {
    const sdk = memberSdk(path);
    if (!sdk) return;
    const parent = path.parent?.node;
    if (parent?.type === 'AssignmentExpression' && parent.left === path.node) return; // the definition
    checkUse(path, sdk);
  });
  findPaths(root, 'ExportSpecifier').forEach((path: ASTPath<any>) => {
    const local = path.node.local?.name;
    if (!local) return;
    const binding = resolveBinding(path, local);
    const sdk = clients.get(binding) ?? factories.get(binding);
    if (sdk && !exportedOk(path.node.exported?.name ?? local))
      trace.untraced.push({ path, sdk, reason: `exported as ${path.node.exported?.name ?? local}` });
  });
  for (const [binding, sdk] of [...clients, ...factories]) {
    const exported = exportedDeclarationName(root, j, binding);
    if (exported && !exportedOk(exported)) {
      trace.untraced.push({ path: exportedPath(root, j, binding)!, sdk, reason: `exported as ${exported}` });
    }
  }
  return trace;
}

function isFunction(node: any): boolean {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

function enclosingFunction(path: ASTPath<any>): any {
  let p = path.parent;
  while (p && !/Function|ObjectMethod|ClassMethod/.test(p.node.type)) p = p.parent;
  return p?.node;
}

function isCallee(path: ASTPath<any>): boolean {
  const parent = path.parent?.node;
  return (
    (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === path.node
  );
}

/** Undefined when a client-valued expression at `path` is used in a way the planner follows. */
function describeEscape(
  start: ASTPath<any>,
  clients: Map<any, SdkFacts>,
  factories: Map<any, SdkFacts>,
  classify: (p: ASTPath<any>) => SdkRef | undefined,
  exportedOk: (name: string) => boolean,
  members: Map<any, Map<string, SdkFacts>>,
): string | undefined {
  let path = start;
  // climb through await / parentheses / casts
  while (
    path.parent &&
    /^(AwaitExpression|ParenthesizedExpression|TSAsExpression|TSNonNullExpression|TSSatisfiesExpression)$/.test(
      path.parent.node.type,
    )
  )
    path = path.parent;
  const parent = path.parent?.node;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'ExpressionStatement':
      return undefined;
    case 'UnaryExpression':
      // `if (!this.client)`: a guard; the migrated client is an object too.
      return parent.operator === '!' ? undefined : `used with ${parent.operator}`;
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (parent.object !== path.node) return 'used as a computed key';
      const grand = path.parent.parent?.node;
      if (
        !parent.computed &&
        (grand?.type === 'CallExpression' || grand?.type === 'OptionalCallExpression') &&
        grand.callee === parent
      )
        return undefined; // a method call: judged by the call analysis
      return `property ${parent.computed ? '[…]' : parent.property.name} is read`;
    }
    case 'VariableDeclarator': {
      if (parent.id.type !== 'Identifier') return 'destructured';
      const ref = classify(path.parent.get('id'));
      if (ref?.kind === 'client' || clients.has(resolveBinding(path.parent, parent.id.name)))
        return undefined;
      return `stored in ${parent.id.name}`;
    }
    case 'AssignmentExpression': {
      if (parent.left.type === 'Identifier') {
        if (clients.has(resolveBinding(path.parent, parent.left.name))) return undefined;
        return `stored in ${parent.left.name}`;
      }
      const left = parent.left;
      if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed) {
        const held = members.get(enclosingClass(path.parent))?.get(left.property.name);
        if (held) return undefined;
      }
      const target =
        left.type === 'MemberExpression' && left.object.type === 'Identifier'
          ? `${left.object.name}.${left.property.name ?? '[…]'}`
          : 'a property';
      if (/^(module|exports)\b/.test(target)) {
        const name = left.object.name === 'exports' ? left.property.name : 'default';
        return exportedOk(name) ? undefined : `exported as ${target}`;
      }
      return `stored in ${target}`;
    }
    case 'ClassProperty':
    case 'PropertyDefinition': {
      if (parent.value === path.node && parent.key.type === 'Identifier')
        if (members.get(path.parent.parent?.parent?.node)?.get(parent.key.name)) return undefined;
      return `stored in ${parent.key.name ?? 'a class field'}`;
    }
    case 'ReturnStatement': {
      const fn = enclosingFunctionPath(path);
      return fn && isFactoryPath(fn, factories)
        ? undefined
        : 'returned from a function rb-migrate does not follow';
    }
    case 'ArrowFunctionExpression': {
      return isFactoryPath(path.parent, factories)
        ? undefined
        : 'returned from a function rb-migrate does not follow';
    }
    default:
      return `passed to ${parent.type === 'CallExpression' ? 'a function' : parent.type}`;
  }
}

function describeFactoryEscape(
  path: ASTPath<any>,
  exportedOk: (name: string) => boolean,
): string | undefined {
  const parent = path.parent?.node;
  if (parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression') {
    const left = parent.left;
    if (left.object.type === 'Identifier' && /^(module|exports)$/.test(left.object.name)) {
      const name = left.object.name === 'exports' ? left.property.name : 'default';
      return exportedOk(name) ? undefined : `exported as ${left.object.name}.${left.property.name}`;
    }
  }
  if ((parent?.type === 'Property' || parent?.type === 'ObjectProperty') && parent.value === path.node) {
    // module.exports = { getClient }
    const obj = path.parent.parent;
    const assign = obj?.parent?.node;
    if (
      assign?.type === 'AssignmentExpression' &&
      assign.left.type === 'MemberExpression' &&
      assign.left.object.name === 'module' &&
      assign.left.property.name === 'exports'
    ) {
      const name = parent.key.name ?? parent.key.value;
      return exportedOk(name) ? undefined : `exported as module.exports.${name}`;
    }
  }
  return `factory ${path.node.name} is passed on`;
}

function enclosingFunctionPath(path: ASTPath<any>): ASTPath<any> | undefined {
  let p = path.parent;
  while (p && !/Function|ObjectMethod|ClassMethod/.test(p.node.type)) p = p.parent;
  return p;
}

function isFactoryPath(fn: ASTPath<any>, factories: Map<any, SdkFacts>): boolean {
  const node = fn.node;
  if (node.type === 'FunctionDeclaration' && node.id)
    return factories.has(resolveBinding(fn.parent, node.id.name));
  const parent = fn.parent?.node;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
    return factories.has(resolveBinding(fn.parent, parent.id.name));
  return false;
}

function exportedPath(root: Collection<any>, j: JSCodeshift, binding: any): ASTPath<any> | undefined {
  let found: ASTPath<any> | undefined;
  findPaths(root, 'ExportNamedDeclaration').forEach((p: ASTPath<any>) => {
    const decl = p.node.declaration;
    if (!decl) return;
    if (decl.type === 'FunctionDeclaration' && decl.id === binding) found = p;
    if (decl.type === 'VariableDeclaration' && decl.declarations.some((d: any) => d.id === binding))
      found = p;
  });
  findPaths(root, 'ExportDefaultDeclaration').forEach((p: ASTPath<any>) => {
    if (p.node.declaration?.id === binding) found = p;
  });
  return found;
}

function exportedDeclarationName(root: Collection<any>, j: JSCodeshift, binding: any): string | undefined {
  const p = exportedPath(root, j, binding);
  if (!p) return undefined;
  return p.node.type === 'ExportDefaultDeclaration' ? 'default' : binding.name;
}

/** The class whose `this` a path sees (through arrow functions; not through other functions). */
function enclosingClass(path: ASTPath<any>): any {
  let p = path.parent;
  while (p) {
    const t = p.node.type;
    if (t === 'ClassDeclaration' || t === 'ClassExpression') return p.node;
    if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ObjectMethod') return undefined;
    p = p.parent;
  }
  return undefined;
}
