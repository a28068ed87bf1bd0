import { describe, expect, it } from 'vitest';
import { createConstantFolder } from '../../src/analyze/project/create-constant-folder.ts';
import { foldExportedConstants } from '../../src/analyze/project/fold-exported-constants.ts';

/** A folder over an in-memory project (absolute paths under /p). */
function folderOf(files: Record<string, string>) {
  const read: string[] = [];
  const folder = createConstantFolder({
    accepts: (path) => path in files,
    read: (path) => {
      read.push(path);
      return files[path];
    },
  });
  return { folder, read, value: (file: string, name: string) => folder.exported(file, name)?.value };
}

const CUTOUT = 'https://image.adobe.io/sensei/cutout';

describe('createConstantFolder (one evaluator across modules)', () => {
  it('follows imports, re-exports (named, renamed, export *), export default and namespaces', () => {
    const { value, folder } = folderOf({
      '/p/host.ts': "export const HOST = 'https://image.adobe.io';",
      '/p/paths.ts': "export const PATHS = { cutout: '/sensei/cutout' } as const;",
      '/p/urls.ts':
        "import { HOST } from './host';\nimport * as p from './paths.js';\nexport const CUTOUT_URL = `${HOST}${p.PATHS.cutout}`;\nexport default HOST + '/sensei/mask';",
      '/p/index.ts':
        "export * from './urls';\nexport { CUTOUT_URL as URL } from './urls';\nexport { default as MASK_URL } from './urls';",
      '/p/lib/index.js': "export { URL } from '../index';",
    });
    expect(value('/p/urls.ts', 'CUTOUT_URL')).toBe(CUTOUT);
    expect(value('/p/index.ts', 'CUTOUT_URL')).toBe(CUTOUT);
    expect(value('/p/index.ts', 'URL')).toBe(CUTOUT);
    expect(value('/p/index.ts', 'MASK_URL')).toBe('https://image.adobe.io/sensei/mask');
    expect(value('/p/lib/index.js', 'URL')).toBe(CUTOUT);
    // Where each is written: the one key a URL has, whichever module it is imported from.
    expect(folder.exported('/p/lib/index.js', 'URL')?.origin).toBe('/p/urls.ts#CUTOUT_URL');
    expect(folder.exportedNames('/p/index.ts').sort()).toEqual(['CUTOUT_URL', 'MASK_URL', 'URL']);
  });

  it('reads CommonJS exports, also from an ES module importing them, and require', () => {
    const { value, folder } = folderOf({
      '/p/config.cjs':
        "const BASE = 'https://image.adobe.io';\nconst CUTOUT_URL = BASE + '/sensei/cutout';\nmodule.exports = { CUTOUT_URL, MASK_URL: `${BASE}/sensei/mask` };\nmodule.exports.STATUS = BASE + '/sensei/status';",
      '/p/other.js': "exports.PATH = '/sensei/cutout';",
      '/p/use.mjs':
        "import cfg from './config.cjs';\nconst { PATH } = require('./other');\nconst other = require('./other.js');\nexport const A = cfg.MASK_URL;\nexport const B = other.PATH + PATH;",
    });
    expect(value('/p/config.cjs', 'CUTOUT_URL')).toBe(CUTOUT);
    expect(value('/p/config.cjs', 'MASK_URL')).toBe('https://image.adobe.io/sensei/mask');
    expect(value('/p/config.cjs', 'STATUS')).toBe('https://image.adobe.io/sensei/status');
    expect(folder.exported('/p/config.cjs', 'CUTOUT_URL')?.origin).toBe('/p/config.cjs#CUTOUT_URL');
    expect(value('/p/use.mjs', 'A')).toBe('https://image.adobe.io/sensei/mask');
    expect(value('/p/use.mjs', 'B')).toBe('/sensei/cutout/sensei/cutout');
  });

  it('folds JSON modules, and says the value came from one', () => {
    const { folder } = folderOf({
      '/p/config.json': JSON.stringify({ api: { cutout: CUTOUT }, retries: 3 }),
      '/p/urls.js':
        "import config from './config.json';\nexport const CUTOUT_URL = config.api.cutout;\nexport const N = config.retries;",
    });
    expect(folder.exported('/p/urls.js', 'CUTOUT_URL')).toEqual({
      value: CUTOUT,
      origin: '/p/urls.js#CUTOUT_URL',
      json: true,
    });
    expect(folder.exported('/p/urls.js', 'N')).toBeUndefined();
  });

  it('does not fold what may change or is not known: a reassigned let, a cycle, an unreadable module', () => {
    const { value } = folderOf({
      '/p/a.js': "export let A = '/sensei/cutout';\nA = A + '?x';\nexport let B = 'b';\nexport var C = 'c';",
      '/p/loop1.js': "export { X } from './loop2.js';",
      '/p/loop2.js': "export { X } from './loop1.js';",
      '/p/star1.js': "export * from './star2.js';\nexport const S = 's';",
      '/p/star2.js': "export * from './star1.js';",
      '/p/broken.js': 'export const = ;',
      '/p/uses.js':
        "import { Y } from './missing.js';\nimport { Z } from './broken.js';\nexport const U = Y + Z;",
    });
    expect(value('/p/a.js', 'A')).toBeUndefined();
    expect(value('/p/a.js', 'B')).toBe('b');
    expect(value('/p/a.js', 'C')).toBe('c');
    expect(value('/p/loop1.js', 'X')).toBeUndefined();
    expect(value('/p/star2.js', 'S')).toBe('s');
    expect(value('/p/star2.js', 'T')).toBeUndefined();
    expect(value('/p/uses.js', 'U')).toBeUndefined();
  });

  it('reads and parses each module once, and only the modules a fold reaches', () => {
    const { folder, read } = folderOf({
      '/p/base.js': "export const BASE = 'https://image.adobe.io';",
      '/p/a.js': "import { BASE } from './base.js';\nexport const A = BASE + '/sensei/cutout';",
      '/p/b.js': "import { BASE } from './base.js';\nexport const B = BASE + '/sensei/mask';",
      '/p/unrelated.js': "export const U = 'u';",
    });
    foldExportedConstants(['/p/a.js', '/p/b.js'], folder);
    expect(read.sort()).toEqual(['/p/a.js', '/p/b.js', '/p/base.js']);
  });
});

describe('foldExportedConstants (the project context)', () => {
  it('keeps a V1 URL only where its path is written, never one from JSON; names where re-exports come from', () => {
    const { folder } = folderOf({
      '/p/host.js': "export const HOST = 'https://image.adobe.io';",
      '/p/paths.js': "export const CUTOUT_PATH = '/sensei/cutout';",
      '/p/composed.js':
        "import { HOST } from './host.js';\nimport { CUTOUT_PATH } from './paths.js';\nexport const COMPOSED = `${HOST}${CUTOUT_PATH}`;\nexport const INPUT = 'https://files.example.org/in.jpg';",
      '/p/urls.js': `export const CUTOUT_URL = '${CUTOUT}';`,
      '/p/index.js': "export * from './urls.js';\nexport { CUTOUT_URL as URL } from './urls.js';",
      '/p/config.json': JSON.stringify({ cutout: CUTOUT }),
      '/p/from-json.js': "import c from './config.json';\nexport const FROM_JSON = c.cutout;",
    });
    expect(foldExportedConstants(['/p/composed.js', '/p/index.js', '/p/from-json.js'], folder)).toEqual({
      constants: {
        '/p/composed.js': { INPUT: 'https://files.example.org/in.jpg' },
        '/p/index.js': { CUTOUT_URL: CUTOUT, URL: CUTOUT },
      },
      origins: {
        '/p/index.js#CUTOUT_URL': '/p/urls.js#CUTOUT_URL',
        '/p/index.js#URL': '/p/urls.js#CUTOUT_URL',
      },
    });
  });
});
