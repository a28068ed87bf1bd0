/**
 * npm run demo: what a new user should see, on a temporary copy of the bundled examples/project.
 *   1. rewrite --dry --diff   preview every change (nothing written)
 *   2. rewrite                migrate the copy
 *   3. check                  what is left for a human (coded TODOs, V1 URLs the rewrite cannot touch)
 *   4. translate              one stored V1 body, converted at runtime
 * It runs the BUILT CLI (npm ci builds it) and prints each command before its output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/bin/rb-migrate.js', import.meta.url));
const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'rb-migrate-demo-'));
const project = join(work, 'project');
cpSync(join(examples, 'project'), project, { recursive: true });

function run(title: string, args: string[]): number {
  console.log(`\n── ${title}\n$ rb-migrate ${args.join(' ')}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: project, stdio: 'inherit' });
  console.log(`(exit ${r.status})`);
  return r.status ?? 1;
}

console.log(`rb-migrate demo on a copy of examples/project in ${project}`);
try {
  run('1. Preview: what would change (nothing is written)', ['rewrite', '--dry', '--diff', '.']);
  run('2. Migrate the copy', ['rewrite', '.']);
  run('3. Gate: what is left for a human', ['check', '.']);
  run('4. Translate a stored V1 body at runtime', [
    'translate',
    join(examples, 'payloads', 'mask-binary-azure.json'),
    '--endpoint',
    'mask',
  ]);
  console.log(
    '\nExit 1 from rewrite/check means coded TODOs remain: each says what V2 cannot do and what to do instead.' +
      '\nSee README.md for every command and flag.',
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
