import { spawn } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitGroups, type PlannedFile } from '../../src/rewrite/commit-groups.ts';
import { runCli } from '../helpers/run-cli.ts';
import { FIXTURES_DIR } from '../codemod/fixture-pairs.ts';

const OLD = "export const u = 'https://image.adobe.io/sensei/status/' + id;\n".repeat(50);
const NEW = "export const u = 'https://image.adobe.io/v2/status/' + id;\n".repeat(50);

let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'rb-commit-')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text = OLD) => {
  const absolute = join(dir, name);
  mkdirSync(join(absolute, '..'), { recursive: true });
  writeFileSync(absolute, text);
  return absolute;
};
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
/** A plan made from OLD (what the planner read) that writes NEW. */
const planned = (name: string, root = dir): PlannedFile => ({
  file: { path: name, absolute: join(dir, name), root },
  plan: {
    outcome: { path: name, status: 'changed', todos: [] },
    bytes: Buffer.from(NEW),
    read: Buffer.from(OLD),
  },
});
const commit = (groups: PlannedFile[][], hooks?: Parameters<typeof commitGroups>[1]['hooks']) =>
  commitGroups(groups, { journalDir: () => dir, ...(hooks ? { hooks } : {}) });
const temps = () =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => /\.rb-(tmp|migrate)-/.test(p));

describe('commitGroups: compare before replace', () => {
  it('writes by rename (new inode) and a reader sees the old bytes until the rename', async () => {
    write('a.js');
    const before = statSync(join(dir, 'a.js')).ino;
    let held = 0;
    const result = await commit([[planned('a.js')]], {
      afterTempWrite: async () => {
        held++;
        expect(read('a.js')).toBe(OLD);
        await new Promise((r) => setTimeout(r, 5));
        expect(read('a.js')).toBe(OLD);
      },
    });
    expect(held).toBe(1);
    expect(result.outcomes[0]!.status).toBe('changed');
    expect(read('a.js')).toBe(NEW);
    expect(statSync(join(dir, 'a.js')).ino).not.toBe(before);
    expect(result.windows).toHaveLength(1);
    expect(temps()).toEqual([]);
  });

  it('keeps a file edited after it was read, and reports it as changed during rewrite', async () => {
    write('a.js', `${OLD}// appended by an editor\n`);
    const result = await commit([[planned('a.js')]]);
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^changed during rewrite/),
    });
    expect(read('a.js')).toBe(`${OLD}// appended by an editor\n`);
    expect(temps()).toEqual([]);
  });

  it('an edit made while the file is being replaced (through an already open file) is put back', async () => {
    write('a.js');
    write('b.js');
    // An editor opened a.js before the rename and appends after it: the bytes land in the replaced file.
    const editor = openSync(join(dir, 'a.js'), 'a');
    let calls = 0;
    const result = await commit([[planned('a.js')], [planned('b.js')]], {
      afterTempWrite: async () => {
        // The second call comes while b.js is prepared, after a.js was renamed over.
        if (++calls !== 2) return;
        expect(read('a.js')).toBe(NEW);
        writeSync(editor, '// late edit\n');
        closeSync(editor);
      },
    });
    expect(read('a.js')).toBe(`${OLD}// late edit\n`);
    expect(result.outcomes[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^changed during rewrite: .*put back/),
    });
    expect(read('b.js')).toBe(NEW);
    expect(result.outcomes[1]!.status).toBe('changed');
    expect(temps()).toEqual([]);
  });
});

describe('commitGroups: a group is written whole or not at all', () => {
  it('one refused file leaves every file of its group untouched, and other groups go on', async () => {
    write('g/a.js');
    write('g/b.js', `${OLD}// edited\n`);
    write('g/c.js');
    write('other.js');
    const result = await commit([
      [planned('g/a.js'), planned('g/b.js'), planned('g/c.js')],
      [planned('other.js')],
    ]);
    expect(read('g/a.js')).toBe(OLD);
    expect(read('g/b.js')).toBe(`${OLD}// edited\n`);
    expect(read('g/c.js')).toBe(OLD);
    expect(read('other.js')).toBe(NEW);
    expect(result.outcomes.map((o) => o.status)).toEqual(['failed', 'failed', 'failed', 'changed']);
    expect(result.outcomes[1]!.error).toMatch(/^changed during rewrite/);
    expect(result.outcomes[0]!.error).toMatch(/not written: it must change together with g\/b\.js/);
    expect(temps()).toEqual([]);
  });

  it('a member whose plan failed holds the rest of its group back', async () => {
    write('a.js');
    write('b.js');
    const broken: PlannedFile = {
      file: { path: 'b.js', absolute: join(dir, 'b.js'), root: dir },
      plan: { outcome: { path: 'b.js', status: 'failed', todos: [], error: 'cannot parse: x' } },
    };
    const result = await commit([[planned('a.js'), broken]]);
    expect(read('a.js')).toBe(OLD);
    expect(result.outcomes[0]!.error).toMatch(
      /not written: it must change together with b\.js, which was not \(cannot parse: x\)/,
    );
    expect(result.outcomes[1]!.error).toBe('cannot parse: x');
  });

  it('refuses a file with more than one hard link (and its group), keeping every link intact', async () => {
    write('a.js');
    write('b.js');
    linkSync(join(dir, 'b.js'), join(dir, 'b-link.js'));
    const result = await commit([[planned('a.js'), planned('b.js')]]);
    expect(result.outcomes[1]!.error).toMatch(/has 2 hard links/);
    expect(result.outcomes[0]!.error).toMatch(/must change together with b\.js/);
    expect(read('a.js')).toBe(OLD);
    expect(read('b.js')).toBe(OLD);
    expect(statSync(join(dir, 'b.js')).ino).toBe(statSync(join(dir, 'b-link.js')).ino);
  });

  it('refuses a file whose real path left its root (a directory swapped for a symlink), writing nothing there', async () => {
    const outside = join(dir, 'outside');
    write('outside/a.js');
    mkdirSync(join(dir, 'root'));
    symlinkSync(outside, join(dir, 'root', 'lib'));
    const file = planned('root/lib/a.js', join(dir, 'root'));
    const result = await commit([[file]]);
    expect(result.outcomes[0]!.error).toMatch(/outside the root/);
    expect(read('outside/a.js')).toBe(OLD);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'as root, keeps the owner and group of a file owned by nobody',
    async () => {
      const a = write('a.js');
      chownSync(a, 65534, 65534);
      const result = await commit([[planned('a.js')]]);
      expect(result.outcomes[0]!.status).toBe('changed');
      expect(read('a.js')).toBe(NEW);
      expect(statSync(a)).toMatchObject({ uid: 65534, gid: 65534 });
    },
  );
});

describe('commitGroups: a run killed in the middle of a group', () => {
  // A V1 SDK client the rewrite moves to the runtime client with no TODO (a V1 status poll alone stays V1).
  const STATUS = readFileSync(join(FIXTURES_DIR, 'sdk-aio/class-member.input.js'), 'utf8');
  const DIST = fileURLToPath(new URL('../../dist/src/', import.meta.url));

  it('leaves a journal that check reports and the next rewrite finishes', async () => {
    for (const name of ['a.js', 'b.js', 'c.js']) write(name, STATUS);
    const marker = join(tmpdir(), `rb-pause-${process.pid}-${Date.now()}`);
    const script = `
      const { planFileRewrite } = await import(${JSON.stringify(join(DIST, 'rewrite/plan-file-rewrite.js'))});
      const { commitGroups } = await import(${JSON.stringify(join(DIST, 'rewrite/commit-groups.js'))});
      const dir = ${JSON.stringify(dir)};
      const group = [];
      for (const path of ['a.js', 'b.js', 'c.js']) {
        const file = { path, absolute: dir + '/' + path, root: dir };
        group.push({ file, plan: await planFileRewrite(file, { dry: false, prettier: 'off', diff: false }) });
      }
      await commitGroups([group], { journalDir: () => dir });
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, RB_MIGRATE_TEST_PAUSE_IN_GROUP: marker },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // The hook writes the marker after the first file of the group is renamed, then waits to be killed.
    for (let i = 0; i < 2000 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(marker)).toBe(true);
    child.kill('SIGKILL');
    await exited;
    rmSync(marker, { force: true });

    const migrated = read('a.js');
    expect(migrated).toBe(readFileSync(join(FIXTURES_DIR, 'sdk-aio/class-member.output.js'), 'utf8'));
    expect(read('b.js')).toBe(STATUS);
    expect(read('c.js')).toBe(STATUS);
    const journals = readdirSync(dir).filter((n) => n.startsWith('.rb-migrate-journal-'));
    expect(journals).toHaveLength(1);

    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(
      /half-written \(\.rb-migrate-journal-\d+-[0-9a-f]{8}\.json: a\.js written, b\.js not written, c\.js not written\)/,
    );

    const rewrite = await runCli(['rewrite'], { cwd: dir });
    expect(rewrite.stderr).toMatch(
      /a killed run left a group of files that change together half-written .*this run finishes it/,
    );
    expect(rewrite.code).toBe(0);
    for (const name of ['a.js', 'b.js', 'c.js']) expect(read(name)).toBe(migrated);
    expect(readdirSync(dir).filter((n) => n.startsWith('.rb-migrate-journal-'))).toEqual([]);
    const again = await runCli(['check'], { cwd: dir });
    expect(again.stderr).not.toMatch(/half-written/);
    expect(again.code).toBe(0);
  }, 60_000);
});
