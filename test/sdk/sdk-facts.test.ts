import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SDKS } from '../../packages/runtime/src/mapping/sdks.ts';
import {
  V1_COLOR_SPACE,
  V1_MASK_FORMAT,
  V1_OUTPUT_TYPE,
  V1_STORAGE,
} from '../../packages/runtime/src/mapping/v1.ts';

const require = createRequire(import.meta.url);
const real: Record<string, any> = {
  aio: require('@adobe/aio-lib-photoshop-api'),
  photoshop: require('@adobe/photoshop-apis'),
};

describe('SDK facts agree with the installed SDKs (aio-lib-photoshop-api 1.1.0, photoshop-apis 2.0.1)', () => {
  for (const sdk of SDKS) {
    it(`${sdk.module}: every enum member maps to the SDK's own value, or has no V1 wire value`, () => {
      for (const [name, members] of Object.entries(sdk.enums)) {
        const actual = real[sdk.name][name];
        expect(actual, `${sdk.module} exports ${name}`).toBeTypeOf('object');
        for (const [key, value] of Object.entries(members)) {
          expect(actual[key], `${name}.${key}`).toBeTypeOf('string');
          if (value !== undefined) expect(value, `${name}.${key}`).toBe(actual[key]);
        }
      }
    });
  }

  it('only Storage.AIO lacks a V1 wire value (the SDK presigned it); every mapped value is in the V1 schema', () => {
    const unmapped = SDKS.flatMap((s) =>
      Object.entries(s.enums).flatMap(([e, m]) =>
        Object.entries(m)
          .filter(([, v]) => v === undefined)
          .map(([k]) => `${e}.${k}`),
      ),
    );
    expect(unmapped).toEqual(['Storage.AIO']);
    const aio = SDKS.find((s) => s.name === 'aio')!.enums;
    for (const v of Object.values(aio.Storage!)) if (v) expect(V1_STORAGE).toContain(v);
    for (const v of Object.values(aio.MimeType!)) expect(V1_OUTPUT_TYPE).toContain(v);
    for (const v of Object.values(aio.CreateMaskType!)) expect(V1_MASK_FORMAT).toContain(v);
    const ps = SDKS.find((s) => s.name === 'photoshop')!.enums;
    for (const v of Object.values(ps.ColorSpaceType!)) expect(V1_COLOR_SPACE).toContain(v);
  });

  it('the client factories and Remove Background methods exist in the SDKs', async () => {
    expect(real.aio.init).toBeTypeOf('function');
    const { PhotoshopClient } = real.photoshop;
    expect(PhotoshopClient).toBeTypeOf('function');
    for (const method of Object.keys(SDKS.find((s) => s.name === 'photoshop')!.methods)) {
      expect(PhotoshopClient.prototype[method], method).toBeTypeOf('function');
    }
    // aio-lib's client class is only reachable through init(); its source lists the methods
    const source = (await import('node:fs')).readFileSync(
      require.resolve('@adobe/aio-lib-photoshop-api'),
      'utf8',
    );
    for (const method of Object.keys(SDKS.find((s) => s.name === 'aio')!.methods)) {
      expect(source).toMatch(new RegExp(`async ${method} \\(input, output\\)`));
    }
  });
});
