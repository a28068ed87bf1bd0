import type { AnyPath } from '../ast/types.ts';

import { unwrapExpression } from '../ast/unwrap-expression.ts';
import { resolveBinding } from './resolve-binding.ts';
import type { SdkBindings, SdkRef } from './sdk-trace.ts';

/** What an expression refers to: the SDK module, one of its exports, a traced client or a client factory. */
export function classifySdkRef(bindings: SdkBindings, raw: AnyPath): SdkRef | undefined {
  const path = unwrapExpression(raw);
  const node = path?.node;
  if (!node) return undefined;
  if (node.type === 'Identifier') {
    const binding = resolveBinding(path, node.name);
    if (binding === undefined) return undefined;
    for (const imp of bindings.imports) {
      if (imp.namespace?.binding === binding) return { kind: 'namespace', sdk: imp.sdk, imp };
      const named = imp.named.find((n) => n.binding === binding);
      if (named && !imp.clients?.[named.imported] && !imp.factories?.[named.imported])
        return { kind: 'export', sdk: imp.sdk, name: named.imported, imp };
    }
    const c = bindings.clients.get(binding);
    if (c) return { kind: 'client', sdk: c };
    const f = bindings.factories.get(binding);
    if (f) return { kind: 'factory', sdk: f };
    return undefined;
  }
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed) {
    const obj = classifySdkRef(bindings, path.get('object'));
    if (obj?.kind === 'namespace' && node.property.type === 'Identifier') {
      return { kind: 'export', sdk: obj.sdk, name: node.property.name, imp: obj.imp };
    }
  }
  return undefined;
}
