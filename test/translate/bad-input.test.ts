import { describe, expect, it } from 'vitest';
import { TranslationError, ValidationError, toV2 } from '../../packages/runtime/src/translate/index.ts';

const good = () => ({
  input: { href: 'https://b.s3.amazonaws.com/i.png', storage: 'external' },
  output: { href: 'https://b.s3.amazonaws.com/o.png', storage: 'external' },
});

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error('expected a ValidationError');
}

describe('invalid V1 input', () => {
  it.each([
    ['null', null],
    ['a string', 'input'],
    ['a number', 42],
    ['an array', [good()]],
    ['an empty object', {}],
  ])('rejects %s', (_name, value) => {
    const issues = issuesOf(() => toV2(value));
    expect(issues.length).toBeGreaterThan(0);
  });

  it('lists every issue with its JSON path, no partial result', () => {
    const issues = issuesOf(() =>
      toV2({
        input: { href: 5, storage: 'ftp' },
        output: { href: 'x', mask: { format: 'hard' }, overwrite: 'yes' },
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['input.href', 'input.storage', 'output.mask.format', 'output.overwrite'].sort(),
    );
  });

  it('names a missing input.href', () => {
    expect(issuesOf(() => toV2({ input: { storage: 'external' }, output: good().output }))).toContainEqual(
      expect.objectContaining({ path: 'input.href' }),
    );
  });

  it('handles huge strings without loss or crash', () => {
    const huge = `https://b.s3.amazonaws.com/${'a'.repeat(5_000_000)}.png`;
    const result = toV2({ ...good(), input: { href: huge, storage: 'external' } });
    expect(result.request.image.source.url).toBe(huge);
    for (const d of result.diagnostics) expect(d.message.length).toBeLessThan(400);
  });

  it('treats prototype keys as unknown fields and never pollutes prototypes', () => {
    const raw = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},' +
        '"input":{"href":"https://b.s3.amazonaws.com/i.png","__proto__":{"x":1}},"output":{"href":"o"}}',
    );
    const result = toV2(raw);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.request)).toBe(Object.prototype);
    expect(result.diagnostics.filter((d) => d.code === 'RB190').map((d) => d.path)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'input.__proto__']),
    );
    expect(JSON.stringify(result.request)).not.toContain('polluted');
  });
});

describe('strict mode', () => {
  it('throws TranslationError carrying the diagnostics on a warning', () => {
    try {
      toV2(good(), { strict: true });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(TranslationError);
      expect((error as TranslationError).diagnostics.map((d) => d.code)).toContain('RB110');
    }
  });

  it('does not throw when only info diagnostics remain', () => {
    // No V1 body can avoid RB110 (output.href is required), so strict always throws for real bodies;
    // prove the threshold with the info-only part by checking severities instead.
    const { diagnostics } = toV2({ ...good(), options: { optimize: 'batch' } });
    const nonInfo = diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code);
    expect(nonInfo).toEqual(['RB110']);
  });
});

describe('diagnostic messages', () => {
  it('never echo the query string of a presigned URL', () => {
    const secret = 'X-Amz-Signature=deadbeefcafe&X-Amz-Credential=AKIAEXAMPLE';
    const { diagnostics } = toV2({
      input: { href: `https://cdn.example.com/in.png?${secret}` },
      output: { href: `https://b.s3.amazonaws.com/o.png?${secret}#frag` },
    });
    const text = JSON.stringify(diagnostics);
    expect(text).not.toContain('deadbeef');
    expect(text).not.toContain('AKIAEXAMPLE');
    expect(text).toContain('https://b.s3.amazonaws.com/o.png?…');
  });
});
