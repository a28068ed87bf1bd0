import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write-file-atomic.ts';

const OLD = 'old content, long enough to be torn: '.repeat(2000);
const NEW = 'new content that replaces it entirely: '.repeat(3000);

let dir: string;
let target: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rb-atomic-'));
  target = join(dir, 'file.txt');
  writeFileSync(target, OLD, { mode: 0o640 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file by rename: a new inode on every write, mode kept, no temp file left', async () => {
    for (const text of [NEW, OLD, NEW]) {
      const before = statSync(target).ino;
      await writeFileAtomic(target, Buffer.from(text));
      expect(readFileSync(target, 'utf8')).toBe(text);
      // A new file renamed over the old one (an in-place write keeps the inode).
      expect(statSync(target).ino).not.toBe(before);
    }
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['file.txt']);
  });

  it('a reader never sees the target empty or partial while the new bytes are being written', async () => {
    let held = 0;
    await writeFileAtomic(target, Buffer.from(NEW), {
      afterTempWrite: async (temp) => {
        held++;
        // The write is held open here: the new bytes sit in a temp file beside the target, which still
        // holds every old byte.
        expect(temp).not.toBe(target);
        expect(readFileSync(temp, 'utf8')).toBe(NEW);
        for (let i = 0; i < 3; i++) {
          expect(readFileSync(target, 'utf8')).toBe(OLD);
          await new Promise((r) => setTimeout(r, 5));
        }
      },
    });
    expect(held).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('with expect: replaces only when the file still holds the bytes that were read', async () => {
    expect(await writeFileAtomic(target, Buffer.from(NEW), { expect: Buffer.from(OLD) })).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    // Same size, other bytes.
    const sameSize = NEW.replace('new', 'NEW');
    expect(await writeFileAtomic(target, Buffer.from(sameSize), { expect: Buffer.from(OLD) })).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readdirSync(dir)).toEqual(['file.txt']);
  });

  it('leaves no temp file when the write fails', async () => {
    await expect(writeFileAtomic(join(dir, 'missing-dir', 'x.txt'), Buffer.from(NEW))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    await expect(
      writeFileAtomic(target, Buffer.from(NEW), {
        afterTempWrite: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
      }),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['file.txt']);
  });
});
