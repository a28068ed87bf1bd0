import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseParser } from '../../src/analyze/ast/choose-parser.ts';
import { foldConstant, type Folded } from '../../src/analyze/project/fold-constant.ts';

/** The expression of `const x = <text>;` parsed as TypeScript (the analysis' own parser). */
function expression(text: string): any {
  return (chooseParser('a.ts').parse(`const x = ${text};`) as any).program.body[0].declarations[0].init;
}

const scope: Record<string, Folded> = {
  BASE: 'https://image.adobe.io',
  PATH: '/sensei/cutout',
  URLS: { cutout: 'https://image.adobe.io/sensei/cutout', nested: { mask: '/sensei/mask' } },
};
/** As the translator's property tests: RB_PROPERTY_RUNS cases each (default 1,000 here: each case parses). */
const RUNS = { numRuns: Number(process.env.RB_PROPERTY_RUNS ?? 1000) };
const fold = (text: string, names: Record<string, Folded> = scope) =>
  foldConstant(expression(text), (name) => names[name]);

describe('foldConstant (the one set of rules for what folds)', () => {
  it.each([
    ["'a'", 'a'],
    ['"a"', 'a'],
    ['`a`', 'a'],
    ['`${BASE}${PATH}`', 'https://image.adobe.io/sensei/cutout'],
    ["BASE + '/sensei/mask'", 'https://image.adobe.io/sensei/mask'],
    ['(BASE + PATH) as const', 'https://image.adobe.io/sensei/cutout'],
    ['BASE satisfies string', 'https://image.adobe.io'],
    ['BASE!', 'https://image.adobe.io'],
    ['<string>BASE', 'https://image.adobe.io'],
    ['URLS.cutout', 'https://image.adobe.io/sensei/cutout'],
    ["URLS['cutout']", 'https://image.adobe.io/sensei/cutout'],
    ['URLS.nested.mask', '/sensei/mask'],
    ["{ a: BASE, b: 'x' }.b", 'x'],
    ["{ a: 'x', a: 'y' }.a", 'y'],
  ])('%s folds to %j', (text, value) => {
    expect(fold(text)).toEqual(value);
  });

  it.each([
    'process.env.URL',
    'getUrl()',
    'UNKNOWN',
    "UNKNOWN + '/sensei/cutout'",
    '`${BASE}${UNKNOWN}`',
    '1 + 2',
    "BASE - 'x'",
    'URLS.missing',
    'URLS.toString',
    "{ ...URLS, cutout: 'x' }.cutout",
    "{ [KEY]: 'x' }.cutout",
    "cond ? 'a' : 'b'",
    "'a' + 1",
  ])('%s is not known', (text) => {
    expect(fold(text)).toBeUndefined();
  });

  it('an object literal folds to its members that fold (the others are absent)', () => {
    expect(fold("{ cutout: PATH, key: process.env.KEY, 'b-c': `x` }")).toEqual({
      cutout: '/sensei/cutout',
      'b-c': 'x',
    });
  });

  it('ends a cycle of names (`const a = b; const b = a`)', () => {
    const cyclic = (name: string, depth: number): Folded | undefined =>
      foldConstant(expression(name === 'a' ? 'b' : 'a'), cyclic, depth);
    expect(foldConstant(expression('a'), cyclic)).toBeUndefined();
  });
});

/** A random string-valued expression and the value it folds to, or undefined when a part is not known. */
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }).map((s) => ({ text: JSON.stringify(s), value: s as string | undefined })),
  fc.constantFrom('BASE', 'PATH').map((n) => ({ text: n, value: scope[n] as string | undefined })),
  fc.constant({ text: 'process.env.X', value: undefined as string | undefined }),
);
const expressionArb = fc.letrec<{ node: { text: string; value: string | undefined } }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => ({
      text: `(${a.text} + ${b.text})`,
      value: a.value !== undefined && b.value !== undefined ? a.value + b.value : undefined,
    })),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => ({
      text: `\`${'${'}${a.text}}-${'${'}${b.text}}\``,
      value: a.value !== undefined && b.value !== undefined ? `${a.value}-${b.value}` : undefined,
    })),
  ),
})).node;

describe('foldConstant properties', () => {
  it('folding `a + b` is folding a, then b, concatenated (unknown when either part is)', () => {
    fc.assert(
      fc.property(expressionArb, expressionArb, (a, b) => {
        const whole = fold(`${a.text} + ${b.text}`);
        const parts = [fold(a.text), fold(b.text)];
        expect(whole).toBe(
          parts[0] !== undefined && parts[1] !== undefined ? `${parts[0]}${parts[1]}` : undefined,
        );
      }),
      RUNS,
    );
  });

  it('a template folds to its parts joined; a random expression folds to the value it is built from', () => {
    fc.assert(
      fc.property(expressionArb, (e) => {
        expect(fold(e.text)).toBe(e.value);
        expect(fold(`\`<${'${'}${e.text}}>\``)).toBe(e.value === undefined ? undefined : `<${e.value}>`);
      }),
      RUNS,
    );
  });

  it('type-only wrappers change nothing', () => {
    fc.assert(
      fc.property(
        expressionArb,
        fc.constantFrom('(%)', '% as const', '% as string', '% satisfies string', '%!'),
        (e, w) => {
          expect(fold(w.replace('%', () => `(${e.text})`))).toBe(fold(e.text));
        },
      ),
      RUNS,
    );
  });
});
