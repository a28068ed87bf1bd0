import type { AnyPath } from '../ast/types.ts';

import type { SdkTrace } from './trace-sdk-clients.ts';

/** Marks a value that is not known before run time. */
export const DYNAMIC = Symbol('dynamic');

/**
 * The value of an SDK call argument as far as the source says: string/number/boolean literals, SDK enum
 * members (their wire value), nested object literals; everything else is DYNAMIC. Spread and computed
 * properties make the enclosing object DYNAMIC.
 */
export function evaluateSdkArgument(path: AnyPath, trace: SdkTrace): unknown {
  const node = path.node;
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'Literal':
      return node.value === null || typeof node.value === 'object' ? DYNAMIC : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0].value.cooked : DYNAMIC;
    case 'MemberExpression': {
      if (node.computed || node.property.type !== 'Identifier') return DYNAMIC;
      const owner = trace.classify(path.get('object'));
      if (owner?.kind !== 'export') return DYNAMIC;
      const value = owner.sdk.enums[owner.name]?.[node.property.name];
      return value ?? DYNAMIC;
    }
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < node.properties.length; i++) {
        const prop = node.properties[i];
        if ((prop.type !== 'Property' && prop.type !== 'ObjectProperty') || prop.computed) return DYNAMIC;
        const key = prop.key.name ?? prop.key.value;
        out[key] = evaluateSdkArgument(path.get('properties', i, 'value'), trace);
      }
      return out;
    }
    default:
      return DYNAMIC;
  }
}
