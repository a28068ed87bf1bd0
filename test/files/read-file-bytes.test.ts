import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileBytes } from '../../src/files/read-file-bytes.ts';

const dir = mkdtempSync(join(tmpdir(), 'rb-read-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readFileBytes', () => {
  it('returns the exact bytes of small, empty and multi-megabyte files', () => {
    const small = Buffer.from('héllo\r\n\u0000bin');
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    big[big.length - 1] = 9;
    for (const [name, content] of [
      ['small', small],
      ['empty', Buffer.alloc(0)],
      ['exactly-scratch', Buffer.alloc(1024 * 1024, 1)],
      ['big', big],
    ] as const) {
      const read = readFileBytes(file(name, content), 8 * 1024 * 1024);
      expect(read.kind, name).toBe('bytes');
      if (read.kind === 'bytes') expect(Buffer.compare(read.bytes, content), name).toBe(0);
    }
  });

  it('reports files over the limit without returning their bytes, for small and large limits', () => {
    expect(readFileBytes(file('over-small', 'x'.repeat(100)), 10)).toEqual({ kind: 'too-large', size: 100 });
    const large = file('over-large', Buffer.alloc(2 * 1024 * 1024));
    expect(readFileBytes(large, 1024 * 1024 + 5)).toEqual({ kind: 'too-large', size: 2 * 1024 * 1024 });
  });

  it('reports errors by code instead of throwing', () => {
    expect(readFileBytes(join(dir, 'missing'), 100)).toEqual({ kind: 'error', code: 'ENOENT' });
    expect(readFileBytes(dir, 100)).toEqual({ kind: 'error', code: 'EISDIR' });
  });

  it('shares its scratch buffer: a second call reuses the memory the first one returned', () => {
    const first = readFileBytes(file('a', 'first'), 100);
    const copy = first.kind === 'bytes' ? Buffer.from(first.bytes) : undefined;
    readFileBytes(file('b', 'SECOND'), 100);
    // The documented contract: bytes are valid until the next call; callers copy or decode first.
    expect(copy?.toString()).toBe('first');
    expect(first.kind === 'bytes' && first.bytes.toString()).toBe('SECON');
  });
});
