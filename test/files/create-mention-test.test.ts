import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createMentionTest } from '../../src/files/create-mention-test.ts';

describe('createMentionTest', () => {
  const needles = ['sensei', 'rb-migrate', 'href', '@adobe/aio-lib-photoshop-api', 'a.b|c'];
  const mentions = createMentionTest(needles);

  it('is true exactly when one of the needles occurs in the bytes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...needles, 'sense', 'hre', 'a.bc', '@adobe/'), fc.string()), {
          maxLength: 8,
        }),
        fc.uint8Array({ maxLength: 16 }),
        (parts, noise) => {
          const bytes = Buffer.concat([Buffer.from(noise), Buffer.from(parts.join(''), 'utf8')]);
          expect(mentions(bytes)).toBe(needles.some((n) => bytes.includes(n)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('escapes regular-expression characters and reads non-UTF-8 bytes byte for byte', () => {
    expect(mentions(Buffer.from('xa.b|cx'))).toBe(true);
    expect(mentions(Buffer.from('xaXb|cx'))).toBe(false);
    expect(mentions(Buffer.from([0xff, 0xfe, ...Buffer.from('sensei'), 0x80]))).toBe(true);
    expect(mentions(Buffer.alloc(0))).toBe(false);
  });
});
