import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createScanner, parse, type ParseError } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rewriteJson } from '../../src/rewrite/rewrite-json.ts';
import { toV2 } from '../../packages/runtime/src/translate/to-v2.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'jsonc');
const pairs = readdirSync(DIR)
  .filter((f) => f.includes('.input.'))
  .map((f) => ({ name: f, input: join(DIR, f), output: join(DIR, f.replace('.input.', '.output.')) }));

const parseJsonc = (text: string): unknown => {
  const errors: ParseError[] = [];
  const value = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  expect(errors).toEqual([]);
  return value;
};
// jsonc-parser's SyntaxKind values (a const enum, not importable under verbatimModuleSyntax).
const [LINE_COMMENT, BLOCK_COMMENT, EOF] = [12, 13, 17];
const comments = (text: string): string[] => {
  const scanner = createScanner(text, false);
  const found: string[] = [];
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan())
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) found.push(scanner.getTokenValue());
  return found;
};

describe('rewriteJson keeps JSONC comments, trailing commas and formatting outside the site', () => {
  it.each(pairs)('test/fixtures/jsonc/$name', ({ input, output }) => {
    const source = readFileSync(input, 'utf8');
    const result = rewriteJson(source, 'requests.jsonc');
    expect(result.output).toBe(readFileSync(output, 'utf8'));
    // Idempotent: the output has nothing left to rewrite.
    expect(rewriteJson(result.output, 'requests.jsonc').changed).toBe(false);
    // The rewritten bodies are exactly the translator's V2 bodies.
    const before = parseJsonc(source) as { request: never; inline: never };
    const after = parseJsonc(result.output) as { request: unknown; inline: unknown };
    expect(after.request).toEqual(toV2(before.request, { endpoint: 'mask' }).request);
    expect(after.inline).toEqual(toV2(before.inline, { endpoint: 'mask' }).request);
  });

  const comment = fc.constantFrom('', ' // note', ' /* note */');
  const property = (key: string, value: unknown) => comment.map((c) => ({ key, value, c }));
  it('property: every comment not on a dropped V1 key survives; the body equals toV2; idempotent', () => {
    fc.assert(
      fc.property(
        property('input', { href: 'https://b.s3.amazonaws.com/in.jpg', storage: 'external' }),
        property('output', { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external' }),
        fc.option(property('options', { optimize: 'performance' }), { nil: undefined }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('  ', '\t', '    '),
        (input, output, options, trailing, swap, unit) => {
          const props = swap ? [output, input] : [input, output];
          if (options) props.push(options);
          const lines = props.map(
            (p, i) =>
              `${unit}${unit}// about ${p.key}\n${unit}${unit}${JSON.stringify(p.key)}: ${JSON.stringify(p.value)}${
                i < props.length - 1 || trailing ? ',' : ''
              }${p.key === 'options' ? '' : p.c}`,
          );
          const text =
            `/* head */\n{\n${unit}"keep": [1, 2,], // outside\n` +
            `${unit}"body": {\n${lines.join('\n')}\n${unit}}, /* after */\n}\n`;
          const { output: out } = rewriteJson(text, 'f.jsonc');
          expect(comments(out)).toEqual(comments(text));
          expect(out.startsWith(`/* head */\n{\n${unit}"keep": [1, 2,], // outside\n`)).toBe(true);
          expect(out.endsWith(`${unit}}, /* after */\n}\n`)).toBe(true);
          const body = (parseJsonc(text) as { body: never }).body;
          expect((parseJsonc(out) as { body: unknown }).body).toEqual(toV2(body).request);
          expect(rewriteJson(out, 'f.jsonc').changed).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rewrite CLI on .jsonc files', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = createTempRepo();
  });
  afterEach(() => repo.cleanup());

  it('rewrites a .jsonc file in place, keeps its comments and trailing commas, and traces each loss in a // comment', async () => {
    const source = readFileSync(pairs[0]!.input, 'utf8');
    repo.write('config/requests.jsonc', source);
    repo.commit();
    const run = await runCli(['rewrite', '--prettier', 'off'], { cwd: repo.dir });
    expect(run.code).toBe(1); // RB110 TODOs: V2 does not deliver to output.href
    const written = readFileSync(join(repo.dir, 'config/requests.jsonc'), 'utf8');
    const traces = written.split('\n').filter((line) => /^\s*\/\/ rb-migrate RB\d{3}: /.test(line));
    // one trace per body (both lose their output.href), in the file's own comment syntax
    expect(traces.length).toBe(2);
    for (const trace of traces)
      expect(trace).toMatch(/\/\/ rb-migrate RB110: V2 does not upload the result to output\.href/);
    // apart from the traces, exactly the JSON surface's rewrite
    const untraced = written
      .split('\n')
      .filter((line) => !traces.includes(line))
      .join('\n');
    expect(untraced).toBe(readFileSync(pairs[0]!.output, 'utf8'));
    // check keeps failing on the traces until a human resolves them; a second rewrite changes nothing
    repo.commit();
    const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ rule: string }> }).findings;
    expect(findings.filter((f) => f.rule === 'RB305').length).toBe(2);
    const again = await runCli(['rewrite', '--prettier', 'off'], { cwd: repo.dir });
    expect(again.code).toBe(0);
    expect(readFileSync(join(repo.dir, 'config/requests.jsonc'), 'utf8')).toBe(written);
  });
});
