import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFilesWithout } from '../../src/git/list-files-without.ts';
import { discoverFiles } from '../../src/files/discover-files.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const NEEDLES = ['sensei', "'."];

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

describe('listFilesWithout (git grep -L -I -F)', () => {
  it('lists the text files, tracked or untracked and not ignored, that hold none of the needles', async () => {
    repo.write('.gitignore', 'ignored/\n');
    repo.write('plain.js', 'export const a = 1;\n');
    repo.write('v1.js', "fetch('https://image.adobe.io/sensei/cutout');\n");
    repo.write('imports.js', "import a from './plain.js';\n");
    repo.write('near.js', 'const s = "sense" + "i"; // "." alone is no import\n');
    repo.write('lib/deep.md', 'nothing here\n');
    repo.write('ignored/x.js', 'export const b = 2;\n');
    // A NUL byte in the first 8000 bytes: binary for git and for detectBinary, so never listed.
    repo.write('image.bin', Buffer.from([0x89, 0x50, 0, 1, 2]));
    repo.git('add', '.gitignore', 'plain.js', 'v1.js');
    repo.git('commit', '-q', '-m', 'x');
    const listed = await listFilesWithout(repo.dir, NEEDLES);
    expect([...(listed ?? [])].sort()).toEqual(['.gitignore', 'lib/deep.md', 'near.js', 'plain.js']);
  });

  it('answers relative to a subdirectory, and is undefined outside a work tree', async () => {
    repo.write('lib/a.js', 'export const a = 1;\n');
    repo.write('b.js', 'export const b = 1;\n');
    expect([...((await listFilesWithout(join(repo.dir, 'lib'), NEEDLES)) ?? [])]).toEqual(['a.js']);
    const outside = mkdtempSync(join(tmpdir(), 'rb-no-git-'));
    try {
      writeFileSync(join(outside, 'a.js'), 'x\n');
      expect(await listFilesWithout(outside, NEEDLES)).toBeUndefined();
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('discoverFiles with needles', () => {
  it("marks the files git found none of the needles in as quiet, and no others; records every listed file's size", async () => {
    repo.write('plain.js', 'export const a = 1;\n');
    repo.write('v1.js', "fetch('https://image.adobe.io/sensei/cutout');\n");
    repo.write('image.bin', Buffer.from([0x89, 0x50, 0, 1, 2]));
    const { files } = await discoverFiles(['.'], { cwd: repo.dir, needles: NEEDLES });
    const quiet = Object.fromEntries(files.map((f) => [f.path, [f.quiet === true, f.size]]));
    expect(quiet).toEqual({ 'plain.js': [true, 20], 'v1.js': [false, 47], 'image.bin': [false, 5] });
  });

  it('does not trust git on files it reads from its index (assume-unchanged, skip-worktree)', async () => {
    repo.write('a.js', 'export const a = 1;\n');
    repo.write('b.js', 'export const b = 1;\n');
    repo.write('c.js', 'export const c = 1;\n');
    repo.commit();
    repo.git('update-index', '--assume-unchanged', 'a.js');
    repo.git('update-index', '--skip-worktree', 'b.js');
    // Changed on disk after git was told not to look: only reading the file can tell.
    repo.write('a.js', "fetch('https://image.adobe.io/sensei/cutout');\n");
    const { files } = await discoverFiles(['.'], { cwd: repo.dir, needles: NEEDLES });
    expect(files.map((f) => [f.path, f.quiet === true])).toEqual([
      ['a.js', false],
      ['b.js', false],
      ['c.js', true],
    ]);
  });

  it('marks nothing without needles or with --no-gitignore (the walker reads every file)', async () => {
    repo.write('plain.js', 'export const a = 1;\n');
    const without = await discoverFiles(['.'], { cwd: repo.dir });
    const noGitignore = await discoverFiles(['.'], { cwd: repo.dir, gitignore: false, needles: NEEDLES });
    expect([...without.files, ...noGitignore.files].some((f) => f.quiet)).toBe(false);
  });
});
