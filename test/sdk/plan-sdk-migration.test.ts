import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseParser } from '../../src/analyze/ast/choose-parser.ts';
import { findTodoMarkers } from '../../packages/runtime/src/mapping/todo-marker.ts';
import { runSdkPlan } from './apply-sdk-plan.ts';

const FIXTURES = join(import.meta.dirname, '../../__testfixtures__');

interface Pair {
  name: string;
  ext: string;
  input: string;
  output: string;
}

function loadPairs(): Pair[] {
  const pairs: Pair[] = [];
  // sdk-project/ is a multi-file project: tested with its cross-file context in sdk-project.test.ts
  for (const dir of readdirSync(FIXTURES).filter((d) => d.startsWith('sdk-') && d !== 'sdk-project')) {
    for (const file of readdirSync(join(FIXTURES, dir))) {
      const m = /^(.*)\.input\.(\w+)$/.exec(file);
      if (!m) continue;
      pairs.push({
        name: `${dir}/${m[1]}.${m[2]}`,
        ext: m[2]!,
        input: readFileSync(join(FIXTURES, dir, file), 'utf8'),
        output: readFileSync(join(FIXTURES, dir, `${m[1]}.output.${m[2]}`), 'utf8'),
      });
    }
  }
  return pairs;
}

const pairs = loadPairs();

describe('planSdkMigration fixtures (__testfixtures__/sdk-*)', () => {
  it('has at least 15 pairs, covering both SDKs and the collisions', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    expect(pairs.some((p) => p.name.startsWith('sdk-aio/'))).toBe(true);
    expect(pairs.some((p) => p.name.startsWith('sdk-photoshop/'))).toBe(true);
    expect(pairs.filter((p) => p.name.startsWith('sdk-collisions/')).length).toBeGreaterThanOrEqual(3);
  });

  for (const pair of pairs) {
    describe(pair.name, () => {
      const filename = `/project/src/${pair.name.split('/')[1]}`;
      const result = runSdkPlan(pair.input, { filename });

      it('produces the expected output', () => {
        expect(result.output).toBe(pair.output);
      });

      it('is idempotent: the output plans no edits', () => {
        expect(runSdkPlan(pair.output, { filename }).edits).toEqual([]);
      });

      it('reports one todo per marker it inserted, with the marker code', () => {
        const inserted = findTodoMarkers(result.output).filter(
          (m) => !pair.input.includes(`rb-migrate ${m.code}: ${m.message}`),
        );
        expect(result.todos.map((t) => t.code).sort()).toEqual(inserted.map((m) => m.code).sort());
      });

      it('output still parses with the parser for its extension', () => {
        expect(() => chooseParser(filename).parse(result.output)).not.toThrow();
      });

      it('needsImport matches whether the output imports rb-migrate', () => {
        expect(result.needsImport).toBe(
          /(?:from|require\()\s*['"]rb-migrate-runtime['"]/.test(result.output),
        );
      });
    });
  }
});

describe('receivers come from data flow, not method names', () => {
  it('leaves the collision fixtures without an SDK import byte-identical', () => {
    for (const pair of pairs.filter(
      (p) => p.name.startsWith('sdk-collisions/own-') || p.name.includes('other-sdk'),
    )) {
      if (pair.input.includes('@adobe/')) continue;
      expect(pair.output).toBe(pair.input);
    }
  });

  it('rewrites only the SDK client call when a local class has the same method names', () => {
    const pair = pairs.find((p) => p.name === 'sdk-collisions/photoshop-own-class.ts')!;
    expect(pair.output).toContain('await local.removeBackground(body);');
    expect(pair.output).toContain('await local.createMask(body);');
    expect(pair.output).toContain("remote.runV1(body, { endpoint: 'mask' })");
  });

  it('does not touch a call on a parameter that shadows the client', () => {
    const pair = pairs.find((p) => p.name === 'sdk-collisions/shadowed-client.mjs')!;
    expect(pair.output).toContain('  return client.createCutout(input, output);\n}');
  });

  it('a client used for another Photoshop API stays an SDK client (RB212), nothing half-migrated', () => {
    const r = runSdkPlan(readFileSync(join(FIXTURES, 'sdk-aio/mixed-client.input.js'), 'utf8'), {
      filename: 'a.js',
    });
    expect(r.todos.map((t) => t.code)).toEqual(['RB212']);
    expect(r.needsImport).toBe(false);
    expect(r.edits.every((e) => e.kind === 'todo')).toBe(true);
  });

  it('a client passed to an unknown function is not followed (RB212)', () => {
    const src = [
      "const sdk = require('@adobe/aio-lib-photoshop-api');",
      'async function main(run) {',
      "  const client = await sdk.init('o', 'k', 't');",
      "  await client.createCutout('https://a.s3.amazonaws.com/i.png', 'https://a.s3.amazonaws.com/o.png');",
      '  return run(client);',
      '}',
      '',
    ].join('\n');
    const r = runSdkPlan(src, { filename: 'a.js' });
    expect(r.todos.map((t) => t.code)).toEqual(['RB212']);
    expect(r.output).toContain('client.createCutout(');
    expect(r.todos[0]!.message).toContain('passed to a function');
  });

  it('an exported client is only migrated when the project context says its importers are migrated too', () => {
    const src = [
      "import { init } from '@adobe/aio-lib-photoshop-api';",
      "export const client = await init('o', 'k', 't');",
      'export const cut = (i, o) => client.createCutout(i, o);',
      '',
    ].join('\n');
    // Alone (plain jscodeshift), the users of the exported client are unseen: the export says so (RB219).
    const alone = runSdkPlan(src, { filename: '/p/client.mjs' });
    expect(alone.todos.map((t) => t.code)).toEqual(['RB219', 'RB212']);
    const withProject = runSdkPlan(src, {
      filename: '/p/client.mjs',
      sdkProject: { modules: { '/p/client': { clients: { client: 'aio' } } } },
    });
    expect(withProject.todos).toEqual([]);
    expect(withProject.output).toContain('createRemoveBackgroundClient({ apiKey: ');
  });

  it('follows a client exported by a project module (cross-file context)', () => {
    const src = [
      "import { client } from './client.mjs';",
      'export const cut = (i, o) => client.createCutout(i, o);',
      '',
    ].join('\n');
    const r = runSdkPlan(src, {
      filename: '/p/use.mjs',
      sdkProject: { modules: { '/p/client': { clients: { client: 'aio' } } } },
    });
    expect(r.output).toBe(
      [
        "import { client } from './client.mjs';",
        "import { fromAioArgs, toAioJob } from 'rb-migrate-runtime';",
        "export const cut = (i, o) => client.runV1(fromAioArgs(i, o), { endpoint: 'cutout' }).then(toAioJob);",
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line endings in inserted lines', () => {
    const src =
      "const sdk = require('@adobe/aio-lib-photoshop-api');\r\nasync function m() {\r\n  const c = await sdk.init('o', 'k', 't', files);\r\n  return c.createMask('https://a.s3.amazonaws.com/i.png', 'https://a.s3.amazonaws.com/o.png');\r\n}\r\n";
    const r = runSdkPlan(src, { filename: 'a.js' });
    expect(r.output.replace(/\r\n/g, '')).not.toContain('\n');
    expect(r.todos.map((t) => t.code)).toEqual(['RB211']);
  });
});

describe('the rb-migrate import', () => {
  it('does not import a name again that the file already imports from rb-migrate/runtime (older migrations)', () => {
    const src = [
      "import { createRemoveBackgroundClient } from 'rb-migrate/runtime';",
      "import sdk from '@adobe/aio-lib-photoshop-api';",
      "const client = await sdk.init('o', 'k', 't');",
      "await client.createCutout('https://a.s3.amazonaws.com/i.png', 'https://a.s3.amazonaws.com/o.png');",
      '',
    ].join('\n');
    const r = runSdkPlan(src, { filename: 'a.mjs' });
    expect(r.output.split('\n').slice(0, 2)).toEqual([
      "import { createRemoveBackgroundClient } from 'rb-migrate/runtime';",
      "import { fromAioArgs, toAioJob } from 'rb-migrate-runtime';",
    ]);
    expect(() => chooseParser('a.mjs').parse(r.output)).not.toThrow();
  });
});

describe('optional calls', () => {
  it('client?.createCutout(…) and client.createMask?.(…) are rewritten, keeping the optional chain', () => {
    const src = [
      "const sdk = require('@adobe/aio-lib-photoshop-api');",
      'let client;',
      "async function connect() { client = await sdk.init('o', 'k', 't'); }",
      'const a = (i, o) => client?.createCutout(i, o);',
      'const b = (i, o) => client.createMask?.(i, o);',
      'module.exports = { connect, a, b };',
      '',
    ].join('\n');
    const r = runSdkPlan(src, { filename: 'a.js' });
    expect(r.output).toContain(
      "const a = (i, o) => client?.runV1(fromAioArgs(i, o), { endpoint: 'cutout' }).then(toAioJob);",
    );
    expect(r.output).toContain(
      "const b = (i, o) => client.runV1?.(fromAioArgs(i, o), { endpoint: 'mask' }).then(toAioJob);",
    );
    expect(r.output).not.toContain('@adobe/aio-lib-photoshop-api');
  });
});
