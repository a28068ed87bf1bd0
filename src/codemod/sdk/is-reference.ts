import type { ASTPath } from 'jscodeshift';

/** Whether an Identifier path reads a variable (not a property name, key, label or the declaration itself). */
export function isIdentifierReference(path: ASTPath<any>): boolean {
  const parent = path.parent?.node;
  const node = path.node;
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return parent.object === node || parent.computed === true;
    case 'Property':
    case 'ObjectProperty':
      if (parent.value === node) return path.parent.parent?.node.type !== 'ObjectPattern';
      return parent.computed === true;
    case 'ClassProperty':
    case 'ClassMethod':
    case 'MethodDefinition':
    case 'ObjectMethod':
    case 'TSPropertySignature':
      return parent.computed === true && parent.key === node;
    case 'VariableDeclarator':
      return parent.init === node;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return false;
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'TSTypeReference':
    case 'TSQualifiedName':
    case 'TSTypeQuery':
      return false;
    default:
      return true;
  }
}
