import type { AnyPath } from '../ast/types.ts';

import { findEnclosingClass } from '../ast/find-enclosing-class.ts';
import { findEnclosingFunction } from '../ast/find-enclosing-function.ts';
import { classifySdkRef } from './classify-sdk-ref.ts';
import { isFactoryFunction } from './is-factory-function.ts';
import { resolveBinding } from './resolve-binding.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** Why a client-valued expression at `start` escapes the planner; undefined when it is used in a way it follows. */
export function describeClientEscape(
  start: AnyPath,
  bindings: SdkBindings,
  exportedOk: (name: string) => boolean,
): string | undefined {
  const { clients, factories, members } = bindings;
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
      const ref = classifySdkRef(bindings, path.parent.get('id'));
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
        const held = members.get(findEnclosingClass(path.parent))?.get(left.property.name);
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
      const fn = findEnclosingFunction(path);
      return fn && isFactoryFunction(fn, factories)
        ? undefined
        : 'returned from a function rb-migrate does not follow';
    }
    case 'ArrowFunctionExpression': {
      return isFactoryFunction(path.parent, factories)
        ? undefined
        : 'returned from a function rb-migrate does not follow';
    }
    default:
      return `passed to ${parent.type === 'CallExpression' ? 'a function' : parent.type}`;
  }
}
