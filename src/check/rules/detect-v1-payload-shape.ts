import type { Node, ObjectExpression } from '@babel/types';
import type { RawFinding } from '../types.ts';
import { V1_SHAPE_PATHS } from '../v1-shape-paths.ts';
import { walkAst } from '../walk-ast.ts';

/**
 * RB302: object literals with the V1 request shape (V1_SHAPE_PATHS, from the mapping: `input.href` and
 * `output.href`), found by shape alone (no URL needed in the file). `input`/`output` given as shorthand or identifiers count when
 * the identifier's initialiser in the same file is such an object.
 */
export function detectV1PayloadShape(ast: Node, constants: ReadonlyMap<string, Node>): RawFinding[] {
  const found: RawFinding[] = [];
  walkAst(ast, (node) => {
    if (node.type !== 'ObjectExpression') return;
    if (V1_SHAPE_PATHS.every((path) => hasPath(node, path, constants)))
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

/** Whether nested object literals (identifiers resolved through the file's constants) hold `path`. */
function hasPath(node: Node, path: readonly string[], constants: ReadonlyMap<string, Node>): boolean {
  let current: Node = node;
  for (const key of path) {
    const object = resolve(current, constants);
    if (object.type !== 'ObjectExpression') return false;
    const value = propertyValue(object, key);
    if (!value) return false;
    current = value;
  }
  return true;
}
