import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAPPING_BY_PATH,
  V1_COLOR_SPACE,
  V1_MASK_FORMAT,
  V1_OPTIMIZE,
  V1_OUTPUT_TYPE,
  V1_STORAGE,
  V1RequestSchema,
  V2_INPUT_HOST_ALLOWLIST,
  V2RequestSchema,
  evaluateCondition,
  getPath,
} from '../../packages/runtime/src/mapping/index.ts';
import { TranslationError, toV2 } from '../../packages/runtime/src/translate/index.ts';

const NUM_RUNS = Number(process.env.RB_PROPERTY_RUNS ?? 10_000);

// Arbitraries built from the schemas' own enums, so a new enum value is generated automatically.
const host = fc.oneof(
  fc.constantFrom(...V2_INPUT_HOST_ALLOWLIST).map((h) => `bucket.${h}`),
  fc.constantFrom(
    'raw.githubusercontent.com',
    'cdn.example.com',
    'content.dropboxapi.com',
    'drive.google.com',
  ),
);
const href = fc.oneof(
  fc.tuple(host, fc.webPath()).map(([h, p]) => `https://${h}${p}`),
  fc.tuple(host, fc.webPath()).map(([h, p]) => `http://${h}${p}`),
  fc.constantFrom('/files/in.png', '/cloud-content/x.psd', 'relative.png'),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const unknownKey = fc.constantFrom('extra', 'foo', '__proto__', 'constructor', 'href2', 'tags');
const json = fc.jsonValue({ maxDepth: 2 });

const v1Body = fc
  .record(
    {
      input: fc.record({ href, storage: maybe(fc.constantFrom(...V1_STORAGE)) }, { requiredKeys: ['href'] }),
      output: fc.record(
        {
          href,
          storage: fc.constantFrom(...V1_STORAGE),
          mask: fc.record({ format: fc.constantFrom(...V1_MASK_FORMAT) }),
          color: fc.record({ space: fc.constantFrom(...V1_COLOR_SPACE) }),
          overwrite: fc.boolean(),
          type: fc.constantFrom(...V1_OUTPUT_TYPE),
        },
        { requiredKeys: ['href'] },
      ),
      options: fc.record(
        {
          optimize: fc.constantFrom(...V1_OPTIMIZE),
          process: fc.record({ postprocess: fc.boolean() }),
          service: fc.record({ version: fc.string({ maxLength: 5 }) }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['input', 'output'] },
  )
  .chain((b) =>
    fc
      .array(fc.tuple(fc.constantFrom('', 'input', 'output', 'output.mask'), unknownKey, json), {
        maxLength: 2,
      })
      .map((extras) => {
        const copy = JSON.parse(JSON.stringify(b)) as Record<string, unknown>;
        for (const [where, key, value] of extras) {
          const target = (where ? getPath(copy, where) : copy) as Record<string, unknown> | undefined;
          if (target && typeof target === 'object') {
            Object.defineProperty(target, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }
        }
        return copy;
      }),
  );
const endpoint = fc.constantFrom('cutout' as const, 'mask' as const);

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  const out: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const row = MAPPING_BY_PATH.get(path);
    const child = (value as Record<string, unknown>)[key];
    // An unknown key is reported whole; a known container is walked.
    if (row || !child || typeof child !== 'object' || Array.isArray(child) || !isKnownContainer(path))
      out.push([path, child]);
    else out.push(...leaves(child, path));
  }
  return out;
}
const isKnownContainer = (path: string) => [...MAPPING_BY_PATH.keys()].some((p) => p.startsWith(`${path}.`));

describe('translator properties', () => {
  it('every schema-valid V1 body yields a schema-valid V2 request', () => {
    fc.assert(
      fc.property(v1Body, endpoint, (body, ep) => {
        expect(V1RequestSchema.safeParse(body).success).toBe(true);
        const { request } = toV2(body, { endpoint: ep });
        expect(V2RequestSchema.safeParse(request).success).toBe(true);
        expect(request.mode).toBe(ep);
        expect(request.output?.mediaType).toBeDefined();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('no silent loss: every V1 leaf is mapped, delivered, equivalent, or named in a diagnostic', () => {
    fc.assert(
      fc.property(v1Body, endpoint, (body, ep) => {
        const result = toV2(body, { endpoint: ep });
        const diagnosed = new Set(result.diagnostics.map((d) => d.path));
        for (const [path, value] of leaves(body)) {
          if (value === undefined) continue;
          const row = MAPPING_BY_PATH.get(path);
          if (!row) {
            expect(diagnosed, `unknown ${path}`).toContain(path);
            continue;
          }
          const action = row.action;
          if (action.kind === 'move') expect(getPath(result.request, action.to)).toBe(value);
          else if (action.kind === 'lookup')
            expect(getPath(result.request, action.to)).toBe(action.table[String(value)]);
          else if (action.kind === 'deliver') expect(result.delivery?.[action.to]).toBe(value);
          else {
            const equivalent =
              row.equivalentWhen !== undefined &&
              evaluateCondition(row.equivalentWhen, value, { endpoint: ep, body });
            expect(equivalent || diagnosed.has(path), `dropped ${path}=${JSON.stringify(value)}`).toBe(true);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(v1Body, endpoint, (body, ep) => {
        const before = JSON.stringify(body);
        const a = toV2(body, { endpoint: ep });
        const b = toV2(body, { endpoint: ep });
        expect(JSON.stringify(body)).toBe(before);
        expect(b).toEqual(a);
      }),
      { numRuns: Math.ceil(NUM_RUNS / 10) },
    );
  });

  it('strict throws exactly when a warning or error is raised', () => {
    fc.assert(
      fc.property(v1Body, endpoint, (body, ep) => {
        const { diagnostics } = toV2(body, { endpoint: ep });
        const lossy = diagnostics.some((d) => d.severity !== 'info');
        let threw = false;
        try {
          toV2(body, { endpoint: ep, strict: true });
        } catch (error) {
          expect(error).toBeInstanceOf(TranslationError);
          threw = true;
        }
        expect(threw).toBe(lossy);
      }),
      { numRuns: Math.ceil(NUM_RUNS / 10) },
    );
  });
});
