import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/files/discover-files.ts';

const root = mkdtempSync(join(tmpdir(), 'rb-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const f of [
  'app/src/a.ts',
  'app/src/deep/b.js',
  'app/README.md',
  'lib/c.ts',
  'lib/node_modules/x/d.js',
]) {
  mkdirSync(join(root, f, '..'), { recursive: true });
  writeFileSync(join(root, f), 'x');
}

describe('discoverFiles paths', () => {
  it('are relative to cwd with forward slashes, for the cwd itself, a subdirectory and a sibling outside cwd', async () => {
    const cwd = join(root, 'app');
    const found = await discoverFiles(['.', 'src/deep', '../lib'], { cwd, gitignore: false });
    const paths = found.files.map((f) => f.path);
    expect(paths).toEqual(['../lib/c.ts', 'README.md', 'src/a.ts', 'src/deep/b.js']);
    // The same as path.relative, and absolute paths point at the real files.
    for (const f of found.files) expect(relative(cwd, f.absolute).split('\\').join('/')).toBe(f.path);
  });

  it('honour --ignore patterns relative to cwd', async () => {
    const found = await discoverFiles(['.'], { cwd: root, gitignore: false, ignore: ['app/src/deep/'] });
    expect(found.files.map((f) => f.path)).toEqual(['app/README.md', 'app/src/a.ts', 'lib/c.ts']);
  });
});
