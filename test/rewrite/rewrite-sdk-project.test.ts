import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const fixtures = (name: string) => fileURLToPath(new URL(`../../__testfixtures__/${name}/`, import.meta.url));

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

// --workers 2 plans each file on a worker thread as soon as it is read, before the cross-file context is
// known; a plan the context can change (the file imports project modules) must be made again with it.
describe.each([
  ['sdk-project', '1'],
  ['sdk-project', '2'],
  ['project-cross-file', '1'],
  ['project-cross-file', '2'],
])('rewrite: a multi-file project (%s fixtures, --workers %s)', (name, workers) => {
  it('migrates every file exactly as the fixtures say', async () => {
    const dir = fixtures(name);
    const inputs = readdirSync(dir).filter((f) => f.includes('.input.'));
    // The fixtures import each other by their plain names (./shared-client.mjs), so drop the .input part.
    for (const file of inputs)
      repo.write(file.replace('.input.', '.'), readFileSync(join(dir, file), 'utf8'));
    repo.commit();
    const run = await runCli(['rewrite', '--workers', workers], { cwd: repo.dir });
    expect(run.code, run.stderr).not.toBe(2);
    for (const file of inputs) {
      const expected = readFileSync(join(dir, file.replace('.input.', '.output.')), 'utf8');
      expect(readFileSync(join(repo.dir, file.replace('.input.', '.')), 'utf8'), file).toBe(expected);
    }
  });
});
