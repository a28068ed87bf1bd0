import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { rewriteJson } from '../../src/rewrite/rewrite-json.ts';

/** Every property key of every object in a JSON text, per object (JSON.parse would hide duplicates). */
function keysPerObject(text: string): string[][] {
  const out: string[][] = [];
  const visit = (n: Node) => {
    if (n.type === 'object') out.push((n.children ?? []).map((p) => String(p.children![0]!.value)));
    for (const c of n.children ?? []) visit(c);
  };
  visit(parseTree(text)!);
  return out;
}

const PATHS = [
  '/sensei/cutout',
  '/sensei/mask',
  '/v2/remove-background',
  '/sensei/status/{jobId}',
  '/v2/status/{jobId}',
  '/pie/psdService/text',
];
const V1_REQUEST_SCHEMA = {
  schema: { type: 'object', properties: { input: { type: 'object' }, output: { type: 'object' } } },
};

describe('rewriteJson on OpenAPI path keys', () => {
  it('never produces two equal keys in one object, never loses an operation, and is idempotent', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...PATHS), { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: PATHS.length, maxLength: PATHS.length }),
        (paths, v1Schema) => {
          const doc = {
            openapi: '3.0.0',
            paths: Object.fromEntries(
              paths.map((p, i) => [
                p,
                {
                  post: { operationId: `op${i}`, ...(v1Schema[i] ? { requestBody: V1_REQUEST_SCHEMA } : {}) },
                },
              ]),
            ),
          };
          const text = JSON.stringify(doc, null, 2);
          const first = rewriteJson(text, 'openapi.json');
          for (const keys of keysPerObject(first.output)) expect(new Set(keys).size).toBe(keys.length);
          const ops = Object.values(
            JSON.parse(first.output).paths as Record<string, { post: { operationId: string } }>,
          );
          expect(ops.map((o) => o.post.operationId).sort()).toEqual(paths.map((_, i) => `op${i}`).sort());
          // every V1 key left in place is reported, with a reason code
          const leftV1 = Object.keys(JSON.parse(first.output).paths).filter((k) => k.includes('sensei'));
          expect(first.todos.filter((t) => ['RB222', 'RB223', 'RB224'].includes(t.code))).toHaveLength(
            leftV1.length,
          );
          const second = rewriteJson(first.output, 'openapi.json');
          expect(second.output).toBe(first.output);
        },
      ),
    );
  });

  it('leaves /sensei/cutout V1 beside an existing /v2/remove-background (RB223), both operations kept', () => {
    const text = JSON.stringify(
      {
        paths: {
          '/sensei/cutout': { post: { operationId: 'v1' } },
          '/v2/remove-background': { post: { operationId: 'v2' } },
        },
      },
      null,
      2,
    );
    const { output, changed, todos } = rewriteJson(text, 'openapi.json');
    expect(changed).toBe(false);
    expect(output).toBe(text);
    expect(todos.map((t) => [t.code, t.line])).toEqual([['RB223', 3]]);
  });

  it('renames a lone /sensei/cutout with its example body, and its status path', () => {
    const text = JSON.stringify(
      { paths: { '/sensei/cutout': { post: {} }, '/sensei/status/{jobId}': { get: {} } } },
      null,
      2,
    );
    const { output, todos } = rewriteJson(text, 'openapi.json');
    expect(Object.keys(JSON.parse(output).paths)).toEqual(['/v2/remove-background', '/v2/status/{jobId}']);
    expect(todos).toEqual([]);
  });
});
