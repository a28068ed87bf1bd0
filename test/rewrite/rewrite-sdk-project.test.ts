import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const FIXTURES = fileURLToPath(new URL('../../__testfixtures__/sdk-project/', import.meta.url));
const inputs = readdirSync(FIXTURES).filter((f) => f.includes('.input.'));

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

describe('rewrite: SDK clients shared across files', () => {
  it('migrates a whole multi-file SDK project exactly as the sdk-project fixtures say', async () => {
    // The fixtures import each other by their plain names (./shared-client.mjs), so drop the .input part.
    for (const file of inputs)
      repo.write(file.replace('.input.', '.'), readFileSync(join(FIXTURES, file), 'utf8'));
    repo.commit();
    const run = await runCli(['rewrite', '--workers', '1'], { cwd: repo.dir });
    expect(run.code, run.stderr).not.toBe(2);
    for (const file of inputs) {
      const expected = readFileSync(join(FIXTURES, file.replace('.input.', '.output.')), 'utf8');
      expect(readFileSync(join(repo.dir, file.replace('.input.', '.')), 'utf8'), file).toBe(expected);
    }
  });
});
