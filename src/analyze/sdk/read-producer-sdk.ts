import type { AnyPath } from '../ast/types.ts';

import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import { classifySdkRef } from './classify-sdk-ref.ts';
import type { SdkBindings } from './sdk-trace.ts';

/** The SDK whose client this expression creates: `sdk.init(…)` or `new PhotoshopClient(…)`. */
export function readProducerSdk(bindings: SdkBindings, path: AnyPath): SdkFacts | undefined {
  const node = path.node;
  if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return undefined;
  const callee = classifySdkRef(bindings, path.get('callee'));
  if (callee?.kind !== 'export') return undefined;
  const form = node.type === 'CallExpression' ? 'call' : 'new';
  return callee.sdk.factory.export === callee.name && callee.sdk.factory.form === form
    ? callee.sdk
    : undefined;
}
