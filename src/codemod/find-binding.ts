import type { ASTPath } from 'jscodeshift';

export interface Binding {
  scope: any;
  /** The identifier path where the name is declared (VariableDeclarator id, import specifier, param, …). */
  declaration: ASTPath<any>;
}

/** Resolves an identifier (by name, from a position) to its declaring scope and declaration. */
export function findBinding(from: ASTPath<any>, name: string): Binding | undefined {
  const scope = from.scope?.lookup(name);
  if (!scope) return undefined;
  const declarations = scope.getBindings()[name] as ASTPath<any>[] | undefined;
  const declaration = declarations?.[0];
  if (!declaration) return undefined;
  return { scope, declaration };
}
