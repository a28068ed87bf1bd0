import type { AnyPath } from '../ast/types.ts';

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { unwrapExpression } from '../ast/unwrap-expression.ts';
import { classifySdkRef } from './classify-sdk-ref.ts';
import { readMemberSdk } from './read-member-sdk.ts';
import { readProducerSdk } from './read-producer-sdk.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** The SDK of the client this expression evaluates to (or resolves to, when awaited). */
export function readClientSdk(bindings: SdkBindings, raw: AnyPath): SdkFacts | undefined {
  const path = unwrapExpression(raw);
  const node = path?.node;
  if (!node) return undefined;
  if (node.type === 'AwaitExpression') return readClientSdk(bindings, path.get('argument'));
  const produced = readProducerSdk(bindings, path);
  if (produced) return produced;
  if (node.type === 'Identifier') {
    const ref = classifySdkRef(bindings, path);
    return ref?.kind === 'client' ? ref.sdk : undefined;
  }
  if (node.type === 'MemberExpression') return readMemberSdk(bindings, path);
  if (node.type === 'CallExpression') {
    const ref = classifySdkRef(bindings, path.get('callee'));
    return ref?.kind === 'factory' ? ref.sdk : undefined;
  }
  return undefined;
}
