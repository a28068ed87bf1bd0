import { readFileSync, writeFileSync } from 'node:fs';
import { rewriteShell } from './src/rewrite/rewrite-shell.ts';
for (const f of process.argv.slice(2)) {
  const kind = /\.mdx?$/.test(f) ? 'markdown' : 'shell';
  const r = rewriteShell(readFileSync(f, 'utf8'), kind);
  writeFileSync(f.replace('.input.', '.output.'), r.output);
  const again = rewriteShell(r.output, kind);
  console.log(f, r.todos.map(t=>`${t.line}:${t.code}`).join(' '), 'idempotent:', again.output === r.output);
}
