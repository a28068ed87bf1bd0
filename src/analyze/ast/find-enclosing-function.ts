import type { ASTPath } from 'jscodeshift';

/** The nearest function (declaration, expression, arrow, object or class method) around a path. */
export function findEnclosingFunction(path: ASTPath): ASTPath | undefined {
  let p = path.parent;
  while (p && !/Function|ObjectMethod|ClassMethod/.test(p.node.type)) p = p.parent;
  return p;
}
