import { describe, expect, it } from 'vitest';
import { resolveModuleFile } from '../../src/analyze/project/resolve-module-file.ts';
import { resolveModuleKey } from '../../src/analyze/project/resolve-module-key.ts';

const files = new Set([
  '/p/src/config.ts',
  '/p/src/legacy.cjs',
  '/p/src/lib/index.js',
  '/p/src/types.d.ts',
  '/p/src/data.json',
  '/p/src/both.js',
  '/p/src/both.ts',
]);

describe('resolveModuleFile (the one suffix list)', () => {
  it.each([
    ['./config', '/p/src/config.ts'],
    ['./config.js', '/p/src/config.ts'],
    ['./config.ts', '/p/src/config.ts'],
    ['../src/legacy.cjs', '/p/src/legacy.cjs'],
    ['./legacy', '/p/src/legacy.cjs'],
    ['./lib', '/p/src/lib/index.js'],
    ['./lib/index', '/p/src/lib/index.js'],
    ['./data.json', '/p/src/data.json'],
    ['./both', '/p/src/both.ts'],
    ['./both.js', '/p/src/both.js'],
    ['/p/src/config', '/p/src/config.ts'],
  ])('%s → %s', (specifier, file) => {
    expect(resolveModuleFile('/p/src/main.ts', specifier, files)).toBe(file);
  });

  it.each(['./types', './types.d.ts', './missing', 'config', '@scope/pkg', './data'])(
    '%s resolves to no source file',
    (specifier) => {
      expect(resolveModuleFile('/p/src/main.ts', specifier, files)).toBeUndefined();
    },
  );

  it('maps onto the extension-less keys of the project maps, index files included', () => {
    const keys = new Set(['/p/src/config', '/p/src/lib/index']);
    const known = (k: string) => keys.has(k);
    expect(resolveModuleKey('/p/src/main.ts', './config.js', known)).toBe('/p/src/config');
    expect(resolveModuleKey('/p/src/main.ts', './lib', known)).toBe('/p/src/lib/index');
    expect(resolveModuleKey('/p/src/main.ts', './other', known)).toBeUndefined();
  });
});
