import type { AnyPath } from '../ast/types.ts';

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import type { TypedReceivers } from './sdk-project-context.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';

/**
 * A client value the type-aware analysis saw handed to a typed receiver it proved closed: an argument of a
 * call or `new` (`cut(client)`, `new Masks(client)`) or the right side of a store (`jobs.client = client`).
 */
export function isTypedHandOver(path: AnyPath, sdk: SdkFacts, typed?: TypedReceivers): boolean {
  if (typed?.passed[path.node.start] !== sdk.name) return false;
  const current = skipWrappersUp(path);
  const parent = current.parent?.node;
  if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression')
    return parent.arguments.includes(current.node);
  return parent?.type === 'AssignmentExpression' && parent.right === current.node;
}
