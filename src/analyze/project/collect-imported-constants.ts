import { existsSync, readFileSync } from 'node:fs';
import { V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import type { ASTNode } from 'jscodeshift';
import { chooseParser } from '../ast/choose-parser.ts';
import { readSpan } from '../ast/read-span.ts';
import { resolveModuleFile } from './resolve-module-file.ts';
import type { ProjectContext } from '../js/types.ts';

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const cache = new Map<string, Record<string, string> | null>();

/**
 * For runs that see one file at a time (plain jscodeshift): the string constants exported by the modules
 * this file imports with relative specifiers, read from disk and evaluated with the file's parser (string
 * literals, templates and `+` over the module's own constants). Only modules that mention `sensei` are
 * parsed; results are cached per process. (Whole-project runs use collectProjectConstants, which also
 * follows imports between those modules with ts-morph; ts-morph cannot be loaded under jscodeshift's
 * Babel register hook.)
 */
export function collectImportedConstants(filename: string, source: string): ProjectContext | undefined {
  const constants: ProjectContext['constants'] = {};
  for (const m of source.matchAll(RELATIVE_IMPORT)) {
    const file = resolveModuleFile(filename, m[1]!, existsSync);
    if (!file) continue;
    if (!cache.has(file)) cache.set(file, readExportedStrings(file));
    const values = cache.get(file);
    if (values) constants[file] = values;
  }
  return Object.keys(constants).length ? { constants } : undefined;
}

function readExportedStrings(file: string): Record<string, string> | null {
  let text: string;
  let program: Extract<ASTNode, { type: 'Program' }>;
  try {
    text = readFileSync(file, 'utf8');
    if (!text.includes(V1_SEGMENT)) return null;
    const tree = chooseParser(file).parse(text);
    if (tree.type !== 'File') return null;
    program = tree.program;
  } catch {
    return null;
  }
  const inits = new Map<string, ASTNode>();
  const exported = new Set<string>();
  const declare = (decl: Extract<ASTNode, { type: 'VariableDeclaration' }>, isExported: boolean) => {
    for (const d of decl.declarations ?? []) {
      if (d.type !== 'VariableDeclarator' || d.id.type !== 'Identifier' || !d.init) continue;
      inits.set(d.id.name, d.init);
      if (isExported) exported.add(d.id.name);
    }
  };
  const commonJs = new Map<string, ASTNode>();
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') declare(statement, false);
    const assignment = statement.type === 'ExpressionStatement' ? statement.expression : undefined;
    if (assignment?.type === 'AssignmentExpression' && assignment.operator === '=') {
      const { start, end } = readSpan(assignment.left);
      const left = text.slice(start, end).replace(/\s+/g, '');
      const member = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(left);
      if (member) commonJs.set(member[1]!, assignment.right);
      else if (left === 'module.exports' && assignment.right.type === 'ObjectExpression')
        for (const p of assignment.right.properties) {
          if (!('key' in p) || !('value' in p)) continue;
          const key = p.key?.type === 'Identifier' && !p.computed ? p.key.name : undefined;
          if (key && p.value) commonJs.set(key, p.value);
        }
    }
    if (statement.type === 'ExportNamedDeclaration') {
      if (statement.declaration?.type === 'VariableDeclaration') declare(statement.declaration, true);
      for (const s of statement.specifiers ?? [])
        if (!statement.source && s.type === 'ExportSpecifier' && typeof s.local?.name === 'string')
          exported.add(s.local.name);
    }
  }
  const evaluate = (node: ASTNode | undefined, depth: number): string | undefined => {
    if (!node || depth > 8) return undefined;
    if (node.type === 'StringLiteral') return node.value;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral') {
      let out = node.quasis[0]!.value.cooked ?? '';
      for (let i = 0; i < node.expressions.length; i++) {
        const part = evaluate(node.expressions[i], depth + 1);
        if (part === undefined) return undefined;
        out += part + (node.quasis[i + 1]!.value.cooked ?? '');
      }
      return out;
    }
    if (node.type === 'BinaryExpression' && node.operator === '+') {
      const left = evaluate(node.left, depth + 1);
      const right = evaluate(node.right, depth + 1);
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    if (node.type === 'Identifier') return evaluate(inits.get(node.name), depth + 1);
    if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression')
      return evaluate(node.expression, depth + 1);
    return undefined;
  };
  const values: Record<string, string> = {};
  for (const name of exported) {
    const value = evaluate(inits.get(name), 0);
    if (value !== undefined) values[name] = value;
  }
  for (const [name, node] of commonJs) {
    const value = evaluate(node, 0);
    if (value !== undefined) values[name] = value;
  }
  return Object.keys(values).length ? values : null;
}
