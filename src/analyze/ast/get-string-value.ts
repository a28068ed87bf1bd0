import type { ASTNode } from 'jscodeshift';

/** The string a literal node holds: StringLiteral, estree Literal, or a TemplateLiteral without `${}`. */
export function getStringValue(node: ASTNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
