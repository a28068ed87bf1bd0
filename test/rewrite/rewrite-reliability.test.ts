import { execFile } from 'node:child_process';
import {
  chownSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { migrated, SUBMIT_AND_POLL } from '../helpers/submit-and-poll.ts';

// A submission with its poll (a poll alone stays V1): migrated with one loss TODO (RB110), so rewrite exits 1.
const STATUS = SUBMIT_AND_POLL;
const MIGRATED = migrated(STATUS);

let repo: TempRepo;
let other: TempRepo;
let outside: string;
beforeEach(() => {
  repo = createTempRepo();
  other = createTempRepo();
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'rb-outside-')));
});
afterEach(() => {
  repo.cleanup();
  other.cleanup();
  rmSync(outside, { recursive: true, force: true });
});
const read = (r: TempRepo, path: string) => readFileSync(join(r.dir, path), 'utf8');

describe('rewrite: the dirty check looks at the files it would write', () => {
  it('the README example works: `rewrite --format json > migration.json` in a clean repo', async () => {
    repo.write('src/status.ts', STATUS);
    repo.commit();
    // The shell creates migration.json (untracked) before rb-migrate starts.
    const code = await new Promise<number>((resolve) =>
      execFile(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" rewrite --format json > migration.json`],
        { cwd: repo.dir },
        (error) => resolve(error ? Number((error as { code?: number }).code) : 0),
      ),
    );
    expect(code).toBe(1);
    expect(read(repo, 'src/status.ts')).toBe(MIGRATED);
    expect(JSON.parse(read(repo, 'migration.json')).totals.changed).toBe(1);
  });

  it('untouched files never block; an untracked file it would write does, and is listed', async () => {
    repo.write('src/status.ts', STATUS);
    repo.commit();
    repo.write('notes.txt', 'scratch\n');
    repo.write('src/unrelated.ts', 'export const x = 1;\n');
    repo.write('src/new.ts', STATUS);
    const refused = await runCli(['rewrite'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /1 file to rewrite has changes git could not give back:\n {2}src\/new\.ts \(untracked\)\n/,
    );
    expect(refused.stderr).not.toMatch(/notes\.txt|unrelated/);
    expect(read(repo, 'src/status.ts')).toBe(STATUS);
    expect(read(repo, 'src/new.ts')).toBe(STATUS);
    // Only the clean file named: the untracked ones are not written, so nothing blocks.
    const named = await runCli(['rewrite', 'src/status.ts'], { cwd: repo.dir });
    expect(named.code).toBe(1);
    expect(read(repo, 'src/status.ts')).toBe(MIGRATED);
  });

  it('works from another directory and across two repositories', async () => {
    repo.write('src/a.ts', STATUS);
    repo.commit();
    other.write('lib/b.ts', STATUS);
    other.commit();
    other.write('lib/b.ts', `${STATUS}// uncommitted\n`);
    const cwd = createTempRepo(); // a third, clean repository
    try {
      const refused = await runCli(['rewrite', join(repo.dir, 'src'), join(other.dir, 'lib')], {
        cwd: cwd.dir,
      });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/lib\/b\.ts \(modified\)/);
      expect(refused.stderr).not.toMatch(/a\.ts/);
      expect(read(repo, 'src/a.ts')).toBe(STATUS);
      other.commit('wip');
      const run = await runCli(['rewrite', join(repo.dir, 'src'), join(other.dir, 'lib')], { cwd: cwd.dir });
      expect(run.code).toBe(1);
      expect(read(repo, 'src/a.ts')).toBe(MIGRATED);
      expect(read(other, 'lib/b.ts')).toBe(migrated(`${STATUS}// uncommitted\n`));
    } finally {
      cwd.cleanup();
    }
    // And from outside any repository, a dirty target is still refused.
    other.write('lib/c.ts', STATUS);
    const fromTmp = await runCli(['rewrite', join(other.dir, 'lib')], { cwd: outside });
    expect(fromTmp.code).toBe(2);
    expect(fromTmp.stderr).toMatch(/c\.ts \(untracked\)/);
  });
});

describe('rewrite: never writes outside the roots', () => {
  it('refuses files reached through a symlinked directory that points elsewhere', async () => {
    writeFileSync(join(outside, 'a.ts'), STATUS);
    repo.write('src/in.ts', STATUS);
    symlinkSync(outside, join(repo.dir, 'outdir'));
    repo.commit();
    // `rewrite outdir/*.ts` as the shell expands it, and the directory itself with a trailing slash.
    const named = await runCli(['rewrite', 'outdir/a.ts', 'outdir/', '--format', 'json'], { cwd: repo.dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/every path named was skipped/);
    const data = JSON.parse(named.stdout);
    expect(data.files).toHaveLength(2);
    for (const f of data.files)
      expect(f).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/outside the root/) });
    expect(readFileSync(join(outside, 'a.ts'), 'utf8')).toBe(STATUS);
    // The whole tree: the symlink is not followed; the real file inside is migrated.
    const all = await runCli(['rewrite'], { cwd: repo.dir });
    expect(all.code).toBe(1);
    expect(readFileSync(join(outside, 'a.ts'), 'utf8')).toBe(STATUS);
    expect(read(repo, 'src/in.ts')).toBe(MIGRATED);
  });
});

describe('rewrite: ownership, links and inodes', () => {
  it('replaces a file by rename (its inode changes) and keeps its mode', async () => {
    const path = repo.write('a.ts', STATUS);
    repo.commit();
    const before = statSync(path);
    expect((await runCli(['rewrite'], { cwd: repo.dir })).code).toBe(1);
    const after = statSync(path);
    expect(read(repo, 'a.ts')).toBe(MIGRATED);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode).toBe(before.mode);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'run as root, keeps the owner and group of a file owned by nobody',
    async () => {
      const path = repo.write('a.ts', STATUS);
      repo.commit();
      chownSync(path, 65534, 65534);
      expect((await runCli(['rewrite'], { cwd: repo.dir })).code).toBe(1);
      expect(read(repo, 'a.ts')).toBe(MIGRATED);
      expect(statSync(path)).toMatchObject({ uid: 65534, gid: 65534 });
    },
  );

  it('refuses a file with several hard links, with a clear message, leaving every link intact', async () => {
    const path = repo.write('a.ts', STATUS);
    linkSync(path, join(repo.dir, 'b.ts'));
    repo.commit();
    const run = await runCli(['rewrite', 'a.ts'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /failed {2}a\.ts: has 2 hard links: replacing it would leave the other names with the V1 version/,
    );
    expect(read(repo, 'a.ts')).toBe(STATUS);
    expect(statSync(path).ino).toBe(statSync(join(repo.dir, 'b.ts')).ino);
  });
});

describe('rewrite and check: output hygiene', () => {
  it('escapes control characters in file names (no forged workflow commands or ANSI)', async () => {
    const name = 'evil\n::error file=x::pwned\u001b[31m.ts';
    repo.write(name, STATUS);
    repo.write('ok.ts', `${STATUS}`);
    repo.commit();
    const check = await runCli(['check'], { cwd: repo.dir });
    const run = await runCli(['rewrite', '--dry'], { cwd: repo.dir });
    for (const out of [check.stdout, check.stderr, run.stdout, run.stderr]) {
      expect(out).not.toMatch(/^::error/m);
      expect(out).not.toContain('\u001b');
    }
    expect(check.stdout).toContain('evil\\n::error file=x::pwned\\x1b[31m.ts');
    expect(run.stdout).toContain('would change evil\\n::error file=x::pwned\\x1b[31m.ts');
  });

  it('--workers abc is a clear usage error', async () => {
    for (const command of ['rewrite', 'check']) {
      const run = await runCli([command, '--workers', 'abc'], { cwd: repo.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--workers takes a whole number >= 1 .*got 'abc'/);
      expect(run.stderr).not.toMatch(/NaN/);
    }
  });

  it('exits 2 when every path named was skipped, saying why for each', async () => {
    repo.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    repo.write('bin.js', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('/sensei/cutout')]));
    repo.commit();
    const run = await runCli(['rewrite', 'image.png', 'bin.js'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/every path named was skipped:\n/);
    expect(run.stderr).toMatch(/\n {2}image\.png: extension not in --extensions/);
    expect(run.stderr).toMatch(/\n {2}bin\.js: binary file\n/);
  });
});
