import type { ASTNode, ASTPath } from 'jscodeshift';

/** The class node whose `this` a path sees (through arrow functions; not through other functions). */
export function findEnclosingClass(path: ASTPath): ASTNode | undefined {
  let p = path.parent;
  while (p) {
    const t = p.node.type;
    if (t === 'ClassDeclaration' || t === 'ClassExpression') return p.node;
    if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ObjectMethod') return undefined;
    p = p.parent;
  }
  return undefined;
}
