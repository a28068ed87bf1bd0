import { describe, expect, it } from 'vitest';
import {
  MAPPING,
  RULES,
  RULES_BY_CODE,
  V2RequestSchema,
  type V1Endpoint,
} from '../../packages/runtime/src/mapping/index.ts';
import { toV2 } from '../../packages/runtime/src/translate/to-v2.ts';

const S3_IN = 'https://bucket.s3.us-east-1.amazonaws.com/in.jpg?X-Amz-Signature=abc';
const S3_OUT = 'https://bucket.s3.amazonaws.com/out.png?X-Amz-Signature=def';

function body(
  patch: { input?: Record<string, unknown>; output?: Record<string, unknown>; options?: unknown } = {},
) {
  const b: Record<string, unknown> = {
    input: { href: S3_IN, storage: 'external', ...patch.input },
    output: { href: S3_OUT, storage: 'external', ...patch.output },
  };
  if (patch.options !== undefined) b.options = patch.options;
  return b;
}

interface Case {
  name: string;
  endpoint: V1Endpoint;
  body: unknown;
  /** Codes expected among the diagnostics, each with its V1 path. */
  codes: [string, string][];
  /** Codes that must NOT be raised. */
  absent?: string[];
  request?: Record<string, unknown>;
}

const cases: Case[] = [];
for (const endpoint of ['cutout', 'mask'] as const) {
  cases.push(
    {
      name: 'minimal external body',
      endpoint,
      body: body(),
      codes: [
        ['RB103', 'input.storage'],
        ['RB110', 'output.href'],
      ],
      absent: ['RB101', 'RB102', 'RB111'],
      request: { image: { source: { url: S3_IN } }, mode: endpoint, output: { mediaType: 'image/png' } },
    },
    {
      name: 'input.href not https',
      endpoint,
      body: body({ input: { href: 'http://bucket.s3.amazonaws.com/x.png' } }),
      codes: [['RB101', 'input.href']],
    },
    {
      name: 'input.href relative path',
      endpoint,
      body: body({ input: { href: '/files/in.png' } }),
      codes: [['RB101', 'input.href']],
    },
    {
      name: 'input host outside the allowlist',
      endpoint,
      body: body({ input: { href: 'https://raw.githubusercontent.com/a/b/in.png' } }),
      codes: [['RB102', 'input.href']],
      absent: ['RB105'],
    },
    {
      name: 'input on every allowlisted host family',
      endpoint,
      body: body({ input: { href: 'https://acct.blob.core.windows.net/c/in.png', storage: 'azure' } }),
      codes: [['RB103', 'input.storage']],
      absent: ['RB101', 'RB102', 'RB105'],
    },
    {
      name: 'dropbox input on dropboxapi host',
      endpoint,
      body: body({ input: { href: 'https://content.dropboxapi.com/2/files/download', storage: 'dropbox' } }),
      codes: [
        ['RB105', 'input.href'],
        ['RB103', 'input.storage'],
      ],
      absent: ['RB102'],
    },
    {
      name: 'dropbox input on dropboxusercontent',
      endpoint,
      body: body({ input: { href: 'https://dl.dropboxusercontent.com/s/x/in.png', storage: 'dropbox' } }),
      codes: [['RB103', 'input.storage']],
      absent: ['RB105', 'RB102'],
    },
    {
      name: 'Creative Cloud input',
      endpoint,
      body: body({ input: { href: '/files/in.png', storage: 'adobe' } }),
      codes: [
        ['RB104', 'input.storage'],
        ['RB101', 'input.href'],
      ],
    },
    {
      name: 'Creative Cloud output',
      endpoint,
      body: body({ output: { href: '/files/out.png', storage: 'adobe' } }),
      codes: [
        ['RB111', 'output.storage'],
        ['RB110', 'output.href'],
      ],
    },
    {
      name: 'binary mask',
      endpoint,
      body: body({ output: { mask: { format: 'binary' } } }),
      codes: [['RB120', 'output.mask.format']],
    },
    {
      name: 'soft mask is equivalent',
      endpoint,
      body: body({ output: { mask: { format: 'soft' } } }),
      codes: [],
      absent: ['RB120', 'RB190'],
    },
    {
      name: 'overwrite',
      endpoint,
      body: body({ output: { overwrite: false } }),
      codes: [['RB112', 'output.overwrite']],
    },
    {
      name: 'tiff output type',
      endpoint,
      body: body({ output: { type: 'image/tiff' } }),
      codes: [['RB124', 'output.type']],
      request: { image: { source: { url: S3_IN } }, mode: endpoint, output: { mediaType: 'image/png' } },
    },
    {
      name: 'dng output type',
      endpoint,
      body: body({ output: { type: 'image/x-adobe-dng' } }),
      codes: [['RB124', 'output.type']],
    },
    {
      name: 'psd output type',
      endpoint,
      body: body({ output: { type: 'image/vnd.adobe.photoshop' } }),
      codes: [],
      absent: ['RB123', 'RB124'],
      request: {
        image: { source: { url: S3_IN } },
        mode: endpoint,
        output: { mediaType: 'image/vnd.adobe.photoshop' },
      },
    },
    {
      name: 'options are dropped with info',
      endpoint,
      body: body({
        options: { optimize: 'batch', process: { postprocess: true }, service: { version: '4.0' } },
      }),
      codes: [
        ['RB130', 'options.optimize'],
        ['RB130', 'options.process.postprocess'],
        ['RB130', 'options.service.version'],
      ],
    },
    {
      name: 'unknown fields anywhere',
      endpoint,
      body: {
        ...body({ output: { extra: { a: 1 } } }),
        top: [1, 2],
        input: { href: S3_IN, storage: 'external', x: null },
      },
      codes: [
        ['RB190', 'output.extra'],
        ['RB190', 'top'],
        ['RB190', 'input.x'],
      ],
    },
  );
}
// Endpoint-dependent rows.
cases.push(
  {
    name: 'rgb cutout',
    endpoint: 'cutout',
    body: body({ output: { color: { space: 'rgb' } } }),
    codes: [['RB121', 'output.color.space']],
    absent: ['RB122'],
  },
  {
    name: 'rgba cutout is equivalent',
    endpoint: 'cutout',
    body: body({ output: { color: { space: 'rgba' } } }),
    codes: [],
    absent: ['RB121', 'RB122'],
  },
  {
    name: 'rgb mask',
    endpoint: 'mask',
    body: body({ output: { color: { space: 'rgb' } } }),
    codes: [['RB122', 'output.color.space']],
    absent: ['RB121'],
  },
  {
    name: 'rgba mask',
    endpoint: 'mask',
    body: body({ output: { color: { space: 'rgba' } } }),
    codes: [['RB122', 'output.color.space']],
  },
  {
    name: 'jpeg cutout',
    endpoint: 'cutout',
    body: body({ output: { type: 'image/jpeg' } }),
    codes: [['RB123', 'output.type']],
    request: { image: { source: { url: S3_IN } }, mode: 'cutout', output: { mediaType: 'image/jpeg' } },
  },
  {
    name: 'jpeg mask',
    endpoint: 'mask',
    body: body({ output: { type: 'image/jpeg' } }),
    codes: [],
    absent: ['RB123'],
  },
);

describe('mapping table rows', () => {
  it.each(cases.map((c) => [`${c.endpoint}: ${c.name}`, c] as const))('%s', (_name, c) => {
    const result = toV2(c.body, { endpoint: c.endpoint });
    const got = result.diagnostics.map((d) => [d.code, d.path]);
    for (const pair of c.codes) expect(got).toContainEqual(pair);
    for (const code of c.absent ?? []) expect(result.diagnostics.map((d) => d.code)).not.toContain(code);
    if (c.request) expect(result.request).toEqual(c.request);
    expect(V2RequestSchema.safeParse(result.request).success).toBe(true);
    for (const d of result.diagnostics) {
      expect(d.severity).toBe(RULES_BY_CODE[d.code as keyof typeof RULES_BY_CODE].severity);
      expect(d.message).not.toMatch(/\{(value|path|host)\}/);
    }
  });

  it('every mapping row is exercised by at least one case', () => {
    const paths = new Set<string>();
    const walk = (v: unknown, prefix: string) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k);
      } else paths.add(prefix);
    };
    for (const c of cases) walk(c.body, '');
    for (const row of MAPPING) expect(paths, row.v1).toContain(row.v1);
  });

  it('every check code exists in the catalogue and every translator rule is reachable from the table', () => {
    const used = new Set(MAPPING.flatMap((r) => r.checks.map((c) => c.code)));
    for (const code of used) expect(RULES_BY_CODE).toHaveProperty(code);
    const translatorRules = RULES.filter((r) => r.faces.includes('translator')).map((r) => r.code);
    for (const code of translatorRules.filter((c) => c !== 'RB190')) expect(used).toContain(code);
  });

  it('every raised translator code appears in some case', () => {
    const raised = new Set(cases.flatMap((c) => c.codes.map(([code]) => code)));
    for (const code of new Set(MAPPING.flatMap((r) => r.checks.map((c) => c.code))))
      expect(raised).toContain(code);
  });
});

describe('delivery and V2 additions', () => {
  it('returns delivery with the V1 output destination, defaulting storage to external', () => {
    expect(toV2(body({ output: { storage: 'azure' } })).delivery).toEqual({ href: S3_OUT, storage: 'azure' });
    const noStorage = { input: { href: S3_IN }, output: { href: S3_OUT } };
    expect(toV2(noStorage).delivery).toEqual({ href: S3_OUT, storage: 'external' });
  });

  it('defaults to the cutout endpoint', () => {
    expect(toV2(body()).request.mode).toBe('cutout');
  });

  it('never sets trim, backgroundColor or colorDecontamination unless asked', () => {
    const { request } = toV2(body());
    expect(Object.keys(request).sort()).toEqual(['image', 'mode', 'output']);
  });

  it('applies caller additions, caller mediaType wins over output.type', () => {
    const { request } = toV2(body({ output: { type: 'image/jpeg' } }), {
      mediaType: 'image/webp',
      trim: true,
      backgroundColor: { red: 255, green: 255, blue: 255, alpha: 1 },
      colorDecontamination: 0.5,
    });
    expect(request).toEqual({
      image: { source: { url: S3_IN } },
      mode: 'cutout',
      output: { mediaType: 'image/webp' },
      trim: true,
      backgroundColor: { red: 255, green: 255, blue: 255, alpha: 1 },
      colorDecontamination: 0.5,
    });
  });

  it('rejects invalid additions with a typed error naming the path', () => {
    expect(() => toV2(body(), { backgroundColor: { red: 300, green: 0, blue: 0, alpha: 1 } })).toThrowError(
      expect.objectContaining({ name: 'ValidationError', where: 'options' }),
    );
    expect(() => toV2(body(), { colorDecontamination: 2 })).toThrowError(/colorDecontamination/);
  });

  it('emits keys in the documented V2 order', () => {
    const { request } = toV2(body(), { colorDecontamination: 1, trim: false });
    expect(Object.keys(request)).toEqual(['image', 'mode', 'output', 'trim', 'colorDecontamination']);
  });
});
