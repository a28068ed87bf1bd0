import { Node, SyntaxKind, type Expression, type SourceFile } from 'ts-morph';
import type { ProjectContext } from './types.ts';

/**
 * Reads every exported string constant of the given ts-morph source files, resolving concatenations,
 * templates and references to other constants (also imported ones), so that migrateSource can tell that
 * an imported `CUTOUT_URL` is a V1 endpoint. Runs before any rewriting; plain data out.
 */
export function readProjectConstants(sourceFiles: readonly SourceFile[]): ProjectContext {
  const constants: ProjectContext['constants'] = {};
  for (const sourceFile of sourceFiles) {
    const values: Record<string, string> = {};
    for (const [name, declarations] of sourceFile.getExportedDeclarations()) {
      const declaration = declarations[0];
      if (!declaration || !Node.isVariableDeclaration(declaration)) continue;
      const init = declaration.getInitializer();
      const value = init ? evaluateString(init, 0) : undefined;
      if (value !== undefined) values[name] = value;
    }
    Object.assign(values, commonJsExports(sourceFile));
    if (Object.keys(values).length) constants[sourceFile.getFilePath()] = values;
  }
  return { constants };
}

function evaluateString(node: Node, depth: number): string | undefined {
  if (depth > 8) return undefined;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node))
    return evaluateString(node.getExpression(), depth + 1);
  if (Node.isTemplateExpression(node)) {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const part = evaluateString(span.getExpression(), depth + 1);
      if (part === undefined) return undefined;
      text += part + span.getLiteral().getLiteralText();
    }
    return text;
  }
  if (Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === SyntaxKind.PlusToken) {
    const left = evaluateString(node.getLeft(), depth + 1);
    const right = evaluateString(node.getRight(), depth + 1);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  if (Node.isIdentifier(node)) {
    const symbol = node.getSymbol();
    const target = symbol?.isAlias() ? symbol.getAliasedSymbol() : symbol;
    for (const declaration of target?.getDeclarations() ?? []) {
      if (Node.isVariableDeclaration(declaration)) {
        const init = declaration.getInitializer();
        if (init) return evaluateString(init as Expression, depth + 1);
      }
    }
  }
  return undefined;
}

/** `module.exports = { A, B: … }`, `module.exports.A = …`, `exports.A = …` (CommonJS modules). */
function commonJsExports(sourceFile: SourceFile): Record<string, string> {
  const values: Record<string, string> = {};
  for (const statement of sourceFile.getStatements()) {
    if (!Node.isExpressionStatement(statement)) continue;
    const expression = statement.getExpression();
    if (
      !Node.isBinaryExpression(expression) ||
      expression.getOperatorToken().getKind() !== SyntaxKind.EqualsToken
    )
      continue;
    const left = expression.getLeft().getText().replace(/\s+/g, '');
    const right = expression.getRight();
    const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
    if (member) {
      const value = evaluateString(right, 0);
      if (value !== undefined) values[member[1]!] = value;
    } else if (left === 'module.exports' && Node.isObjectLiteralExpression(right)) {
      for (const property of right.getProperties()) {
        let value: string | undefined;
        if (Node.isShorthandPropertyAssignment(property)) {
          const init = sourceFile.getVariableDeclaration(property.getName())?.getInitializer();
          value = init ? evaluateString(init, 0) : undefined;
        } else if (Node.isPropertyAssignment(property))
          value = evaluateString(property.getInitializerOrThrow(), 0);
        if (
          value !== undefined &&
          (Node.isShorthandPropertyAssignment(property) || Node.isPropertyAssignment(property))
        )
          values[property.getName()] = value;
      }
    }
  }
  return values;
}
