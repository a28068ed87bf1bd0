import type { ASTPath } from 'jscodeshift';

/** Whether an Identifier path reads a variable (not a property key, member name, label or declaration). */
export function isReference(path: ASTPath): boolean {
  const parent = path.parent?.node;
  const name = path.name;
  if (!parent) return false;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return name === 'object' || parent.computed;
    case 'ObjectProperty':
    case 'Property':
      if (name === 'key') return parent.computed;
      // `{ a }` in a pattern declares; in an expression it reads.
      return path.parent.parent?.node.type !== 'ObjectPattern';
    case 'ClassProperty':
    case 'ClassMethod':
    case 'ObjectMethod':
    case 'MethodDefinition':
    case 'PropertyDefinition':
    case 'TSPropertySignature':
      return name !== 'key' || parent.computed;
    case 'VariableDeclarator':
      return name === 'init';
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
      return name === 'body';
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ExportSpecifier':
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'CatchClause':
    case 'ArrayPattern':
    case 'RestElement':
    case 'AssignmentPattern':
    case 'TSTypeReference':
    case 'TSQualifiedName':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSEnumMember':
    case 'JSXAttribute':
    case 'JSXClosingElement':
    case 'JSXOpeningElement':
    case 'MetaProperty':
      return parent.type === 'AssignmentPattern' ? name === 'right' : false;
    default:
      return (
        !path.parent.node.type.startsWith('TS') ||
        parent.type === 'TSAsExpression' ||
        parent.type === 'TSNonNullExpression' ||
        parent.type === 'TSSatisfiesExpression'
      );
  }
}
