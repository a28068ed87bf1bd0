import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FACT_NEEDLES, quietFileFacts, readFileFacts } from '../../src/analyze/project/read-file-facts.ts';
import { MENTION_NEEDLES } from '../../src/analyze/project/is-rewrite-candidate.ts';
import { SCAN_NEEDLES } from '../../src/check/scan-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'rb-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pieces of needles and of the code around them, so that generated texts come close to every needle. */
const NEAR = [
  ...FACT_NEEDLES.flatMap((n) => [n.slice(0, -1), n.slice(1)]),
  // What readFileFacts reads from a file, written out here (not taken from FACT_NEEDLES): a string missing
  // from that list shows up as a file with facts that passes the filter below.
  '/sensei/cutout',
  '_links.self',
  "import a from './a.js'",
  "readFileSync(join(__dirname, 'config.json'))",
  'require("../b")',
  '@adobe/aio-lib-photoshop-api',
  '@adobe/photoshop-apis',
  'rb-migrate-runtime',
  "'",
  '"',
  '.',
  './x',
  'import a from ',
  'require(',
  '/cutout',
  'self',
  '\n',
];

describe('the needles git is asked about (discovery skips files holding none of them)', () => {
  it('a file holding none of FACT_NEEDLES and no NUL byte has exactly quietFileFacts (property)', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...NEAR), fc.string({ maxLength: 12 })), { maxLength: 12 }),
        fc.constantFrom('a.js', 'b.ts', 'c.tsx', 'd.mjs', 'e.d.ts', 'f.json', 'g.md', 'h.sh'),
        (parts, name) => {
          const text = parts.join('');
          fc.pre(!text.includes('\0') && !FACT_NEEDLES.some((needle) => text.includes(needle)));
          const path = join(dir, `${n++}-${name}`);
          writeFileSync(path, text);
          expect(readFileFacts(path)).toEqual(quietFileFacts(path));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a file holding one of them, or a NUL byte, is not plain when it is a mention or binary', () => {
    const write = (name: string, content: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return readFileFacts(path);
    };
    expect(write('v1.js', "fetch('https://image.adobe.io/sensei/cutout')").plain).toBe(false);
    expect(write('bin.js', Buffer.from([0x61, 0, 0x62])).plain).toBe(false);
    expect(write('imports.js', "import a from './a.js';").imports).toEqual([join(dir, 'a.js')]);
    expect(write('links.js', 'r._links.self.href').links).toBe(true);
    expect(write('reads-config.js', "readFileSync(join(__dirname, 'config.json'))").jsonNames).toEqual([
      'config.json',
    ]);
  });

  it("check's scan looks for a subset of them: a file git calls quiet needs no scan", () => {
    for (const needle of SCAN_NEEDLES) expect(MENTION_NEEDLES).toContain(needle);
    for (const needle of MENTION_NEEDLES) expect(FACT_NEEDLES).toContain(needle);
  });
});
