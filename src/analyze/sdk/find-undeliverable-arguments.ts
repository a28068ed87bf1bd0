import { readSpan } from '../ast/read-span.ts';
import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, JSCodeshift } from 'jscodeshift';
import { DELIVERABLE_STORAGES } from 'rb-migrate-runtime/mapping';

/**
 * Literal values in SDK call arguments that V2 cannot take: `storage` other than the deliverable V1
 * storages (Creative Cloud `adobe`, aio-lib-files `aio`), and plain-string locations that are not URLs
 * (the SDK read them as Creative Cloud or aio-lib-files paths). Returns their source text.
 */
export function findUndeliverableArguments(j: JSCodeshift, args: AnyPath[], source: string): string[] {
  const found: string[] = [];
  const text = (n: object) => source.slice(readSpan(n).start, readSpan(n).end);
  for (const arg of args) {
    const node = arg.node;
    if (isString(node) && !/^\s*https?:\/\//i.test(stringValue(node))) found.push(text(node));
    j(arg)
      .find(j.Node)
      .forEach((p: AnyPath) => {
        const n = p.node;
        if ((n.type !== 'Property' && n.type !== 'ObjectProperty') || n.computed) return;
        const key = n.key.name ?? n.key.value;
        if (key === 'storage' && isString(n.value) && !DELIVERABLE_STORAGES.includes(stringValue(n.value)))
          found.push(text(n));
        if (key === 'href' && isString(n.value) && !/^\s*https?:\/\//i.test(stringValue(n.value)))
          found.push(text(n));
      });
  }
  return found;
}

function isString(node: ASTNode): boolean {
  return (
    node.type === 'StringLiteral' ||
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

/** The value of a node isString accepts. */
function stringValue(node: ASTNode): string {
  if (node.type === 'TemplateLiteral') return node.quasis[0]!.value.cooked!;
  if (node.type === 'StringLiteral') return node.value;
  return node.type === 'Literal' && typeof node.value === 'string' ? node.value : '';
}
