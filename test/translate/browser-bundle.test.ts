import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script (no declarations): npm run size
import { bundleTranslator, describeSize, SIZE_FILES } from '../../packages/runtime/scripts/measure-size.mjs';

interface Bundle {
  code: string;
  inputs: string[];
  bytes: number;
  gzipped: number;
}

describe('rb-migrate-runtime/translate in browsers and edge runtimes', () => {
  it('bundles for platform browser with no node: import, and the READMEs state its measured gzipped size', async () => {
    const bundle = (await bundleTranslator()) as Bundle;
    // Every input is our translator/mapping source or zod; none is a Node builtin.
    expect(bundle.inputs.filter((i) => i.startsWith('node:') || /^(?:fs|path|crypto|url)$/.test(i))).toEqual(
      [],
    );
    expect(bundle.inputs.some((i) => i.includes('src/translate/to-v2.ts'))).toBe(true);
    expect(
      bundle.inputs.every((i) => /^(?:src\/|.*node_modules\/zod\/)/.test(i)),
      bundle.inputs.join('\n'),
    ).toBe(true);
    expect(bundle.code).not.toMatch(/["']node:[a-z_/]+["']/);
    expect(bundle.code).not.toMatch(/\brequire\(/);
    // The bundle works: it translates a V1 body to V2 without touching anything of Node.
    const mod = (await import(
      `data:text/javascript;base64,${Buffer.from(bundle.code).toString('base64')}`
    )) as {
      toV2: (body: unknown, options: { endpoint: string }) => { request: { mode?: string } };
    };
    const { request } = mod.toV2(
      {
        input: { href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' },
        output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external', mask: { format: 'soft' } },
      },
      { endpoint: 'mask' },
    );
    expect(request.mode).toBe('mask');
    for (const file of SIZE_FILES as string[]) {
      expect(readFileSync(file, 'utf8'), `${file}: run npm run size -- --write`).toContain(
        `<!-- translator-size -->${describeSize(bundle.gzipped) as string}<!-- /translator-size -->`,
      );
    }
  });
});
