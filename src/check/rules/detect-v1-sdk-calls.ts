import type { Node } from '@babel/types';
import type { RawFinding } from '../types.ts';
import { walkAst } from '../walk-ast.ts';
import { isMemberNode, readMemberName } from '../read-member-name.ts';

/** The V1 SDKs and the client methods that post to /sensei/* (reference §6). */
const AIO = {
  module: '@adobe/aio-lib-photoshop-api',
  factory: 'init',
  methods: ['createCutout', 'createMask'],
};
const FFS = {
  module: '@adobe/photoshop-apis',
  clientClass: 'PhotoshopClient',
  methods: ['removeBackground', 'createMask'],
};

/**
 * RB303: calls of the V1 SDK methods, resolved from imports, not by name: `createCutout`/`createMask` on a
 * client from `@adobe/aio-lib-photoshop-api`'s `init()` (awaited, `.then`-ed or chained), and
 * `removeBackground`/`createMask` on a `PhotoshopClient` of `@adobe/photoshop-apis` (constructed with `new`
 * or typed as one). Clients are tracked per file by variable name and by `this.<field>`; a user's own
 * functions with the same names are not reported.
 */
export function detectV1SdkCalls(ast: Node): RawFinding[] {
  const aioNamespaces = new Set<string>();
  const aioInits = new Set<string>();
  const ffsNamespaces = new Set<string>();
  const ffsClasses = new Set<string>();

  // 1. imports and requires
  walkAst(ast, (node) => {
    if (node.type === 'ImportDeclaration') {
      const source = node.source.value;
      for (const s of node.specifiers) {
        const imported =
          s.type === 'ImportSpecifier'
            ? s.imported.type === 'Identifier'
              ? s.imported.name
              : s.imported.value
            : undefined;
        if (source === AIO.module) {
          if (s.type === 'ImportSpecifier') {
            if (imported === AIO.factory) aioInits.add(s.local.name);
          } else aioNamespaces.add(s.local.name);
        } else if (source === FFS.module) {
          if (s.type === 'ImportSpecifier') {
            if (imported === FFS.clientClass) ffsClasses.add(s.local.name);
          } else ffsNamespaces.add(s.local.name);
        }
      }
      return false;
    }
    if (node.type === 'VariableDeclarator' && node.init) {
      const source = requireSource(node.init);
      if (source !== AIO.module && source !== FFS.module) return;
      if (node.id.type === 'Identifier')
        (source === AIO.module ? aioNamespaces : ffsNamespaces).add(node.id.name);
      else if (node.id.type === 'ObjectPattern') {
        for (const p of node.id.properties) {
          if (p.type !== 'ObjectProperty' || p.key.type !== 'Identifier' || p.value.type !== 'Identifier')
            continue;
          if (source === AIO.module && p.key.name === AIO.factory) aioInits.add(p.value.name);
          if (source === FFS.module && p.key.name === FFS.clientClass) ffsClasses.add(p.value.name);
        }
      }
    }
  });
  if (aioNamespaces.size + aioInits.size + ffsNamespaces.size + ffsClasses.size === 0) return [];

  const isAioInit = (node: Node): boolean => {
    const n = unwrap(node);
    if (n.type !== 'CallExpression') return false;
    const c = n.callee;
    if (c.type === 'Identifier') return aioInits.has(c.name);
    return (
      isMemberNode(c) &&
      c.object.type === 'Identifier' &&
      aioNamespaces.has(c.object.name) &&
      readMemberName(c) === AIO.factory
    );
  };
  const isFfsClass = (node: Node): boolean =>
    (node.type === 'Identifier' && ffsClasses.has(node.name)) ||
    (isMemberNode(node) &&
      node.object.type === 'Identifier' &&
      ffsNamespaces.has(node.object.name) &&
      readMemberName(node) === FFS.clientClass) ||
    (node.type === 'TSQualifiedName' &&
      node.left.type === 'Identifier' &&
      ffsNamespaces.has(node.left.name) &&
      node.right.name === FFS.clientClass);
  const isFfsNew = (node: Node): boolean => {
    const n = unwrap(node);
    return n.type === 'NewExpression' && isFfsClass(n.callee);
  };
  const isFfsType = (annotation: Node | null | undefined): boolean => {
    if (!annotation || annotation.type !== 'TSTypeAnnotation') return false;
    const t = annotation.typeAnnotation;
    return t.type === 'TSTypeReference' && isFfsClass(t.typeName);
  };

  // 2. clients: variables and this.<field> holding one
  const aioClients = new Set<string>();
  const ffsClients = new Set<string>();
  const keyOf = (target: Node): string | undefined => {
    if (target.type === 'Identifier') return target.name;
    if (isMemberNode(target) && target.object.type === 'ThisExpression') {
      const name = readMemberName(target);
      return name ? `this.${name}` : undefined;
    }
    return undefined;
  };
  walkAst(ast, (node) => {
    let target: Node | undefined;
    let value: Node | undefined | null;
    if (node.type === 'VariableDeclarator') {
      target = node.id;
      value = node.init;
      if (node.id.type === 'Identifier' && isFfsType(node.id.typeAnnotation as Node | undefined))
        ffsClients.add(node.id.name);
    } else if (node.type === 'AssignmentExpression') {
      target = node.left;
      value = node.right;
    } else if (
      (node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') &&
      node.key.type === 'Identifier'
    ) {
      if (isFfsType(node.typeAnnotation as Node | undefined) || (node.value && isFfsNew(node.value)))
        ffsClients.add(`this.${node.key.name}`);
      if (node.value && isAioInit(node.value)) aioClients.add(`this.${node.key.name}`);
    } else if (node.type === 'Identifier' && isFfsType(node.typeAnnotation as Node | undefined)) {
      ffsClients.add(node.name);
    } else if (
      node.type === 'TSParameterProperty' &&
      node.parameter.type === 'Identifier' &&
      isFfsType(node.parameter.typeAnnotation as Node | undefined)
    ) {
      ffsClients.add(`this.${node.parameter.name}`);
      ffsClients.add(node.parameter.name);
    } else if (
      node.type === 'CallExpression' &&
      isMemberNode(node.callee) &&
      readMemberName(node.callee) === 'then' &&
      isAioInit(node.callee.object)
    ) {
      const callback = node.arguments[0];
      if (
        callback &&
        (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')
      ) {
        const param = callback.params[0];
        if (param?.type === 'Identifier') aioClients.add(param.name);
      }
    }
    if (!target || !value) return;
    const key = keyOf(target);
    if (!key) return;
    if (isAioInit(value)) aioClients.add(key);
    if (isFfsNew(value)) ffsClients.add(key);
  });

  // 3. the calls
  const found: RawFinding[] = [];
  walkAst(ast, (node) => {
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return;
    const callee = node.callee;
    if (!isMemberNode(callee)) return;
    const method = readMemberName(callee);
    if (!method) return;
    const object = unwrap(callee.object);
    const key = keyOf(object);
    const aio =
      AIO.methods.includes(method) && ((key !== undefined && aioClients.has(key)) || isAioInit(object));
    const ffs =
      FFS.methods.includes(method) && ((key !== undefined && ffsClients.has(key)) || isFfsNew(object));
    if (!aio && !ffs) return;
    const property = callee.property;
    found.push({
      rule: 'RB303',
      index: property.start ?? node.start ?? 0,
      length: method.length,
      value: `${method}() of ${aio ? AIO.module : FFS.module}`,
    });
  });
  return found;
}

function unwrap(node: Node): Node {
  let n = node;
  while (
    n.type === 'AwaitExpression' ||
    n.type === 'ParenthesizedExpression' ||
    n.type === 'TSAsExpression' ||
    n.type === 'TSNonNullExpression'
  ) {
    n = n.type === 'AwaitExpression' ? n.argument : n.expression;
  }
  return n;
}

function requireSource(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require') {
    const arg = n.arguments[0];
    if (arg?.type === 'StringLiteral') return arg.value;
  }
  if (n.type === 'CallExpression' && n.callee.type === 'Import') {
    const arg = n.arguments[0];
    if (arg?.type === 'StringLiteral') return arg.value;
  }
  return undefined;
}
