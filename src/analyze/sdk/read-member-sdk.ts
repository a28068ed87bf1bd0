import type { AnyPath } from '../ast/types.ts';

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { findEnclosingClass } from '../ast/find-enclosing-class.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** The SDK of the client a `this.<name>` field holds, when the class stores one there. */
export function readMemberSdk(bindings: SdkBindings, path: AnyPath): SdkFacts | undefined {
  const node = path.node;
  if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'ThisExpression')
    return undefined;
  return bindings.members.get(findEnclosingClass(path))?.get(node.property.name);
}
