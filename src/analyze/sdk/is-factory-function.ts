import type { AnyPath } from '../ast/types.ts';

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { resolveBinding } from './resolve-binding.ts';

/** Whether a function (declared, or assigned to a variable) is a traced client factory. */
export function isFactoryFunction(fn: AnyPath, factories: Map<unknown, SdkFacts>): boolean {
  const node = fn.node;
  if (node.type === 'FunctionDeclaration' && node.id)
    return factories.has(resolveBinding(fn.parent, node.id.name));
  const parent = fn.parent?.node;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
    return factories.has(resolveBinding(fn.parent, parent.id.name));
  return false;
}
