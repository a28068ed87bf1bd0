import type { ASTPath } from 'jscodeshift';

export interface Binding {
  scope: any;
  /** The identifier path where the name is declared (VariableDeclarator id, import specifier, param, …). */
  declaration: ASTPath<any>;
}

/** Resolves an identifier (by name, from a position) to its declaring scope and declaration. */
export function findBinding(from: ASTPath<any>, name: string): Binding | undefined {
  let scope: any;
  let declarations: ASTPath<any>[] | undefined;
  try {
    scope = from.scope?.lookup(name);
    declarations = scope?.getBindings()[name];
  } catch {
    // ast-types' scope scanner rejects some valid syntax (holes in array patterns): treat as unresolved.
    return undefined;
  }
  if (!scope) return undefined;
  const declaration = declarations?.[0];
  if (!declaration) return undefined;
  return { scope, declaration };
}
