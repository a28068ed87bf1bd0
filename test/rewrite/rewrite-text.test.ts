import { describe, expect, it } from 'vitest';
import { SourceParseError } from '../../src/analyze/js/types.ts';
import { rewriteShell as rewriteCurl } from '../../src/rewrite/rewrite-shell.ts';
import { rewriteJson } from '../../src/rewrite/rewrite-json.ts';
import { toV2 } from '../../packages/runtime/src/translate/to-v2.ts';

const V1_BODY = {
  input: { href: 'https://b.s3.amazonaws.com/in.jpg', storage: 'external' },
  output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external' },
};

describe('rewriteJson', () => {
  it('replaces a V1 body with the translator output and keeps every other byte', () => {
    const text = `{\n  // comment kept\n  "name": "fixture",\n  "body": ${JSON.stringify(V1_BODY, null, 2).replace(/\n/g, '\n  ')},\n  "tail": [1,2,3]\n}\n`;
    const { output, changed, todos } = rewriteJson(text, 'f.json');
    expect(changed).toBe(true);
    const parsed = JSON.parse(output.replace('// comment kept\n', ''));
    expect(parsed.body).toEqual(toV2(V1_BODY).request);
    expect(output.startsWith('{\n  // comment kept\n  "name": "fixture",\n  "body": {')).toBe(true);
    expect(output.endsWith('  "tail": [1,2,3]\n}\n')).toBe(true);
    expect(todos.map((t) => t.code)).toEqual(['RB110']);
    expect(todos[0]!.line).toBe(4);
  });

  it('rewrites URLs in values, OpenAPI path keys and Postman path arrays; mask bodies get mode mask', () => {
    const text = JSON.stringify(
      {
        paths: {
          '/sensei/mask': {
            post: { requestBody: { content: { 'application/json': { example: V1_BODY } } } },
          },
        },
        request: { url: { raw: 'https://image.adobe.io/sensei/mask', path: ['sensei', 'mask'] } },
        status: 'https://image.adobe.io/sensei/status/abc',
        other: 'https://image.adobe.io/pie/psdService/text',
      },
      null,
      2,
    );
    const { output } = rewriteJson(text, 'openapi.json');
    const parsed = JSON.parse(output);
    expect(Object.keys(parsed.paths)).toEqual(['/v2/remove-background']);
    expect(
      parsed.paths['/v2/remove-background'].post.requestBody.content['application/json'].example,
    ).toEqual(toV2(V1_BODY, { endpoint: 'mask' }).request);
    expect(parsed.request.url).toEqual({
      raw: 'https://image.adobe.io/v2/remove-background',
      path: ['v2', 'remove-background'],
    });
    expect(parsed.status).toBe('https://image.adobe.io/v2/status/abc');
    expect(parsed.other).toBe('https://image.adobe.io/pie/psdService/text');
  });

  it('translates Postman raw bodies (JSON inside a string)', () => {
    const text = JSON.stringify(
      {
        request: {
          body: { mode: 'raw', raw: JSON.stringify(V1_BODY, null, 2) },
          url: 'https://image.adobe.io/sensei/cutout',
        },
      },
      null,
      '\t',
    );
    const { output } = rewriteJson(text, 'collection.json');
    const parsed = JSON.parse(output);
    expect(JSON.parse(parsed.request.body.raw)).toEqual(toV2(V1_BODY).request);
    expect(parsed.request.body.raw).toContain('\n  "image"');
    expect(output).toContain('\n\t"request"');
  });

  it('is idempotent and leaves V2 and unrelated JSON byte-identical', () => {
    const first = rewriteJson(JSON.stringify({ a: V1_BODY, u: '/sensei/cutout' }, null, 2), 'a.json').output;
    expect(rewriteJson(first, 'a.json')).toMatchObject({ output: first, changed: false });
    const unrelated = '{ "input": { "href": "x" }, "name": "no output" }';
    expect(rewriteJson(unrelated, 'b.json')).toMatchObject({ output: unrelated, changed: false });
  });

  it('throws SourceParseError on invalid JSON', () => {
    expect(() => rewriteJson('{ "a": ', 'bad.json')).toThrow(SourceParseError);
  });
});

describe('rewriteShell', () => {
  it('rewrites a multi-line curl with a single-quoted JSON body, keeping indentation and other lines', () => {
    const script = [
      '#!/bin/sh',
      'set -e',
      'curl -X POST https://image.adobe.io/sensei/mask \\',
      '  -H "Authorization: Bearer $TOKEN" \\',
      "  -d '{",
      `    "input": ${JSON.stringify(V1_BODY.input)},`,
      `    "output": ${JSON.stringify(V1_BODY.output)}`,
      "  }'",
      'echo done',
      '',
    ].join('\n');
    const { output, todos } = rewriteCurl(script, 'shell');
    const lines = output.split('\n');
    expect(lines.slice(0, 2)).toEqual(['#!/bin/sh', 'set -e']);
    expect(lines[2]).toMatch(/^# rb-migrate RB110: V2 does not upload the result to output.href/);
    expect(lines[3]).toBe('curl -X POST https://image.adobe.io/v2/remove-background \\');
    expect(lines[4]).toBe('  -H "Authorization: Bearer $TOKEN" \\');
    expect(lines[5]).toBe('  -H "Content-Type: application/json" \\');
    const body = output.slice(output.indexOf("-d '") + 4, output.lastIndexOf("'"));
    expect(JSON.parse(body)).toEqual(toV2(V1_BODY, { endpoint: 'mask' }).request);
    expect(body).toContain('\n    "image": {');
    expect(lines.at(-2)).toBe('echo done');
    expect(todos).toEqual([expect.objectContaining({ line: 4, code: 'RB110' })]);
  });

  it('handles double-quoted bodies; leaves status URLs and bodies it cannot read V1, with a trace', () => {
    const escaped = JSON.stringify(JSON.stringify(V1_BODY));
    const script = `curl "https://image.adobe.io/sensei/cutout" --data ${escaped}\ncurl https://image.adobe.io/sensei/status/$JOB_ID\ncurl -X POST https://image.adobe.io/sensei/cutout -d "$BODY"\n`;
    const { output, todos } = rewriteCurl(script, 'shell');
    const lines = output.split('\n');
    expect(lines[0]).toMatch(/^# rb-migrate RB110: /);
    expect(lines[1]).toMatch(
      /^curl "https:\/\/image\.adobe\.io\/v2\/remove-background" -H 'Content-Type: application\/json' --data "/,
    );
    const data = JSON.parse(JSON.parse(lines[1]!.slice(lines[1]!.indexOf('--data ') + 7)) as string);
    expect(data).toEqual(toV2(V1_BODY).request);
    expect(lines[2]).toMatch(/^# rb-migrate RB235: /);
    expect(lines[3]).toBe('curl https://image.adobe.io/sensei/status/$JOB_ID');
    expect(lines[4]).toMatch(
      /^# rb-migrate RB230: V1 request left unchanged \(URL and body\): the body is the variable \$BODY/,
    );
    expect(lines[5]).toBe('curl -X POST https://image.adobe.io/sensei/cutout -d "$BODY"');
    expect(todos.map((t) => `${t.line}:${t.code}`)).toEqual(['2:RB110', '4:RB235', '6:RB230']);
  });

  it('only touches shell code blocks in Markdown', () => {
    const md = [
      '# Docs',
      'The old endpoint was `/sensei/cutout`.',
      '```bash',
      'curl -X POST https://image.adobe.io/sensei/cutout',
      '```',
      '```python',
      'requests.post("https://image.adobe.io/sensei/cutout")',
      '```',
      '',
    ].join('\n');
    const { output } = rewriteCurl(md, 'markdown');
    expect(output.split('\n')).toEqual([
      '# Docs',
      'The old endpoint was `/sensei/cutout`.',
      '<!-- rb-migrate RB230: V1 request left unchanged (URL and body): it sends no -d body -->',
      '```bash',
      'curl -X POST https://image.adobe.io/sensei/cutout',
      '```',
      '```python',
      'requests.post("https://image.adobe.io/sensei/cutout")',
      '```',
      '',
    ]);
  });

  it('reports V1 URLs outside curl commands and leaves other services alone', () => {
    const script =
      'URL=https://image.adobe.io/sensei/cutout\ncurl https://image.adobe.io/pie/psdService/text\n# see /sensei/mask\n';
    const { output, todos } = rewriteCurl(script, 'shell');
    expect(output).toBe(script);
    expect(todos.map((t) => `${t.line}:${t.code}`)).toEqual(['1:RB306']);
  });
});

describe('line endings', () => {
  it('a pure CRLF file gets CRLF on inserted lines; a mixed file keeps its untouched lines byte-identical', async () => {
    const { decodeText } = await import('../../src/files/decode-text.ts');
    const { encodeText } = await import('../../src/files/encode-text.ts');
    const pure = decodeText(Buffer.from('a\r\nb\r\n'));
    expect(pure.eol).toBe('\r\n');
    expect(encodeText('a\r\nnew\nb\r\n', pure).toString()).toBe('a\r\nnew\r\nb\r\n');
    const mixed = decodeText(Buffer.from('a\r\nb\nc\r\n'));
    expect(encodeText('a\r\nb\nc\r\n', mixed).toString()).toBe('a\r\nb\nc\r\n');
    const bom = decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]));
    expect(bom).toMatchObject({ text: 'a', bom: true, utf8: true });
    expect([...encodeText('b', bom)]).toEqual([0xef, 0xbb, 0xbf, 0x62]);
    expect(decodeText(Buffer.from([0x63, 0xe9])).utf8).toBe(false);
  });
});

describe('rewriteCurl with CRLF line endings', () => {
  it('keeps backslash-continued commands together', () => {
    const body = JSON.stringify(V1_BODY);
    const script = `curl -X POST https://image.adobe.io/sensei/mask \\\r\n  -d '${body}'\r\n`;
    const { output } = rewriteCurl(script, 'shell');
    expect(output).toContain('https://image.adobe.io/v2/remove-background \\\r\n');
    const data = output.slice(output.indexOf("-d '") + 4, output.lastIndexOf("'"));
    expect(JSON.parse(data)).toEqual(toV2(V1_BODY, { endpoint: 'mask' }).request);
  });
});
