/**
 * Lists the functions of a folder whose body spans at least N lines, longest first (closures inside them
 * counted on their own too, named outer>inner). Usage: `npx tsx scripts/list-long-functions.ts src/analyze 100`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import ts from 'typescript';

interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const [root = 'src', min = '100'] = process.argv.slice(2);
const found = listSources(root).flatMap((file) => findLongFunctions(file, Number(min)));
found.sort((a, b) => b.lines - a.lines);
for (const f of found) process.stdout.write(`${String(f.lines).padStart(4)} ${f.file}:${f.line} ${f.name}\n`);

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listSources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function findLongFunctions(file: string, min: number): LongFunction[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: LongFunction[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node, owner: string): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = `${owner}${nameOf(node)}`;
      const lines = lineOf(node.end) - lineOf(node.getStart()) + 1;
      if (lines >= min) out.push({ file, name, line: lineOf(node.getStart()) + 1, lines });
      ts.forEachChild(node, (child) => visit(child, `${name}>`));
      return;
    }
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(source, '');
  return out;
}

function nameOf(node: ts.SignatureDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '<anonymous>';
}
