import type { ASTPath } from 'jscodeshift';

/** What ast-types' scope offers here (its declarations type the scope as any). */
interface Scope {
  getBindings(): Record<string, ASTPath[] | undefined>;
}

export interface Binding {
  /** The declaring scope (compared by identity). */
  scope: Scope;
  /** The identifier path where the name is declared (VariableDeclarator id, import specifier, param, …). */
  declaration: ASTPath;
}

/** Resolves an identifier (by name, from a position) to its declaring scope and declaration. */
export function findBinding(from: ASTPath, name: string): Binding | undefined {
  let scope: Scope | undefined;
  let declarations: ASTPath[] | undefined;
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
