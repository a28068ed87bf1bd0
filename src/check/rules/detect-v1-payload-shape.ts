import type { Node, ObjectExpression } from '@babel/types';
import type { RawFinding } from '../types.ts';
import { walkAst } from '../walk-ast.ts';

/**
 * RB302: object literals with the V1 request shape, `{ input: { href, … }, output: { href, … } }`, found by
 * shape alone (no URL needed in the file). `input`/`output` given as shorthand or identifiers count when
 * the identifier's initialiser in the same file is such an object.
 */
export function detectV1PayloadShape(ast: Node, constants: ReadonlyMap<string, Node>): RawFinding[] {
  const found: RawFinding[] = [];
  walkAst(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    const input = propertyValue(node, 'input');
    const output = propertyValue(node, 'output');
    if (!input || !output) return;
    if (hasHref(resolve(input, constants)) && hasHref(resolve(output, constants)))
      found.push({ rule: 'RB302', index: node.start ?? 0, length: 1 });
  });
  return found;
}

function propertyValue(object: ObjectExpression, key: string): Node | undefined {
  for (const p of object.properties) {
    if (p.type !== 'ObjectProperty' || p.computed) continue;
    const name =
      p.key.type === 'Identifier' ? p.key.name : p.key.type === 'StringLiteral' ? p.key.value : undefined;
    if (name === key) return p.value;
  }
  return undefined;
}

function resolve(node: Node, constants: ReadonlyMap<string, Node>): Node {
  if (node.type === 'Identifier') return constants.get(node.name) ?? node;
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
    return resolve(node.expression, constants);
  return node;
}

function hasHref(node: Node): boolean {
  return node.type === 'ObjectExpression' && propertyValue(node, 'href') !== undefined;
}
