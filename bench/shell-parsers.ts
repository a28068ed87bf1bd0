/**
 * Shell parsing for the shell surface: rb-migrate's hand lexer (src/analyze/shell/lex-shell.ts) against two
 * real parsers, on the shell fixtures (every `.sh` under __testfixtures__): time per file (best of N rounds)
 * and whether each parses every fixture without error. The real parsers are not dependencies; install them
 * to measure (nothing is saved to package.json):
 *
 *   npm i --no-save sh-syntax@0.7.0 web-tree-sitter@0.25 tree-sitter-bash@0.25.1
 *   npx tsx bench/shell-parsers.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeShell } from '../src/analyze/shell/index.ts';
import { lexShell } from '../src/analyze/shell/lex-shell.ts';

const ROOT = join(import.meta.dirname, '..', '__testfixtures__');
const ROUNDS = Number(process.env.ROUNDS ?? 200);

function listScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listScripts(full);
    return name.endsWith('.sh') ? [full] : [];
  });
}

async function time(label: string, texts: string[], run: (text: string) => unknown): Promise<void> {
  let failures = 0;
  for (const t of texts) {
    try {
      if ((await run(t)) === false) failures++;
    } catch {
      failures++;
    }
  }
  let best = Infinity;
  const began = performance.now();
  // Best of ROUNDS rounds, or of as many as fit in ~3 s (at least 3): the WASM parsers are slow.
  for (let r = 0; r < ROUNDS && (r < 3 || performance.now() - began < 3000); r++) {
    const start = performance.now();
    for (const t of texts) await run(t);
    best = Math.min(best, performance.now() - start);
  }
  const perFile = (best / texts.length) * 1000;
  console.log(
    `${label.padEnd(34)} ${perFile.toFixed(1).padStart(8)} µs/file   parse errors: ${failures}/${texts.length}`,
  );
}

const files = listScripts(ROOT);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
console.log(
  `${texts.length} shell fixtures, ${(bytes / 1024).toFixed(1)} KiB, best of up to ${ROUNDS} rounds`,
);
await time('hand lexer (lexShell)', texts, (t) => lexShell(t).length >= 0);
await time(
  'whole analysis (analyzeShell)',
  texts,
  (t) => analyzeShell(t, { kind: 'shell' }).sites.length >= 0,
);

try {
  const { parse } = await import('sh-syntax' as string);
  await time('sh-syntax (mvdan/sh WASM) parse', texts, async (t) => {
    await (parse as (s: string) => Promise<unknown>)(t);
    return true;
  });
} catch (error) {
  console.log(`sh-syntax: not installed (${(error as Error).message.split('\n')[0]})`);
}

try {
  const require = createRequire(import.meta.url);
  const TreeSitter = (await import('web-tree-sitter' as string)) as {
    Parser: {
      init(): Promise<void>;
      new (): { setLanguage(l: unknown): void; parse(s: string): { rootNode: { hasError: boolean } } };
    };
    Language: { load(path: string): Promise<unknown> };
  };
  await TreeSitter.Parser.init();
  const parser = new TreeSitter.Parser();
  parser.setLanguage(
    await TreeSitter.Language.load(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')),
  );
  await time('tree-sitter-bash (web-tree-sitter)', texts, (t) => !parser.parse(t).rootNode.hasError);
} catch (error) {
  console.log(`web-tree-sitter: not installed (${(error as Error).message.split('\n')[0]})`);
}
