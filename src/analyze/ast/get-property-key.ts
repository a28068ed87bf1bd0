import type { ASTNode } from 'jscodeshift';

/** The static key of an object property (`a`, `'a'`, `['a']`), or undefined for computed/spread members. */
export function getPropertyKey(prop: ASTNode | null | undefined): string | undefined {
  if (!prop || !(prop.type === 'ObjectProperty' || prop.type === 'Property')) return undefined;
  const key = prop.key;
  if (!prop.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0)
    return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
