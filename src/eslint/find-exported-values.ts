import type { AnyNode } from '../analyze/ast/types.ts';
import { chooseParser } from '../analyze/ast/choose-parser.ts';

export interface ExportedSpan {
  start: number;
  end: number;
  /** A function or class (its body is not a value others hold), rather than a value (constant, client). */
  callable: boolean;
}

const CALLABLE = new Set([
  'FunctionDeclaration',
  'ClassDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassExpression',
]);

/**
 * The top-level declarations a module shares with others (ESM exports, `module.exports`, `exports.x`), by
 * span: what an edit may change under the feet of importers the ESLint rule cannot see. Unparsable text gives
 * one span over everything (nothing in it is known to be private).
 */
export function findExportedValues(text: string, filename: string): ExportedSpan[] {
  let program: AnyNode;
  try {
    const tree = chooseParser(filename).parse(text);
    if (tree.type !== 'File') throw new Error(`not a module: ${tree.type}`);
    program = tree.program;
  } catch {
    return [{ start: 0, end: text.length, callable: false }];
  }
  const declared = new Map<string, ExportedSpan>();
  for (const node of program.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (decl?.type === 'VariableDeclaration')
      for (const d of decl.declarations)
        if (d.id.type === 'Identifier')
          declared.set(d.id.name, { start: d.start, end: d.end, callable: CALLABLE.has(d.init?.type) });
    if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id)
      declared.set(decl.id.name, { start: decl.start, end: decl.end, callable: true });
  }
  const spans: ExportedSpan[] = [];
  const byName = (name: string) => {
    const span = declared.get(name);
    if (span) spans.push(span);
  };
  for (const node of program.body) {
    if (node.type === 'ExportNamedDeclaration') {
      if (node.declaration?.type === 'VariableDeclaration')
        for (const d of node.declaration.declarations)
          spans.push({ start: d.start, end: d.end, callable: CALLABLE.has(d.init?.type) });
      else if (node.declaration) spans.push(spanOf(node.declaration));
      if (!node.source) for (const s of node.specifiers ?? []) byName(s.local?.name);
    } else if (node.type === 'ExportDefaultDeclaration') {
      if (node.declaration.type === 'Identifier') byName(node.declaration.name);
      else spans.push(spanOf(node.declaration));
    } else if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression') {
      const { left, right } = node.expression;
      if (!isCommonJsExport(left)) continue;
      if (right.type === 'Identifier') byName(right.name);
      else if (right.type === 'ObjectExpression')
        for (const p of right.properties) {
          if (p.value?.type === 'Identifier') byName(p.value.name);
          else spans.push(spanOf(p.value ?? p));
        }
      else spans.push(spanOf(right));
    }
  }
  return spans;
}

function spanOf(node: AnyNode): ExportedSpan {
  return { start: node.start, end: node.end, callable: CALLABLE.has(node.type) };
}

/** `module.exports`, `module.exports.x`, `exports.x`. */
function isCommonJsExport(node: AnyNode): boolean {
  if (node.type !== 'MemberExpression') return false;
  if (node.object.type === 'Identifier' && node.object.name === 'exports') return true;
  if (node.object.type === 'Identifier' && node.object.name === 'module')
    return node.property.type === 'Identifier' && node.property.name === 'exports';
  return isCommonJsExport(node.object);
}
