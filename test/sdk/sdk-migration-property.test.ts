import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseParser } from '../../src/analyze/ast/choose-parser.ts';
import { fromAioArgs, toAioJob, toPhotoshopResponse } from '../../packages/runtime/src/runtime/index.ts';
import { runSdkPlan } from './apply-sdk-plan.ts';

const realRequire = createRequire(import.meta.url);
const AIO = realRequire('@adobe/aio-lib-photoshop-api');
const PS = realRequire('@adobe/photoshop-apis');

const IN = 'https://in.s3.amazonaws.com/photo.jpg';
const OUT = 'https://out.s3.amazonaws.com/result.png';

/** Runs CommonJS source with a fake `require`; returns module.exports. */
function load(code: string, modules: Record<string, unknown>): any {
  const module = { exports: {} as any };
  const req = (name: string) => {
    if (!(name in modules)) throw new Error(`unexpected require(${name})`);
    return modules[name];
  };
  new Function('require', 'module', 'exports', code)(req, module, module.exports);
  return module.exports;
}

interface Recorded {
  calls: { method: string; args: unknown[] }[];
}

function fakeAio(rec: Recorded) {
  const client = {
    createCutout: async (...args: unknown[]) => (rec.calls.push({ method: 'cutout', args }), job()),
    createMask: async (...args: unknown[]) => (rec.calls.push({ method: 'mask', args }), job()),
  };
  const job = () => ({ jobId: 'j1', outputs: [{ status: 'succeeded' }], isDone: () => true });
  return { ...AIO, init: async (...args: unknown[]) => (rec.calls.push({ method: 'init', args }), client) };
}

function fakePhotoshop(rec: Recorded) {
  class PhotoshopClient {
    constructor(config: unknown) {
      rec.calls.push({ method: 'new', args: [config] });
    }
    async removeBackground(...args: unknown[]) {
      rec.calls.push({ method: 'cutout', args });
      return { result: { status: 'succeeded' } };
    }
    async createMask(...args: unknown[]) {
      rec.calls.push({ method: 'mask', args });
      return { result: { status: 'succeeded' } };
    }
  }
  return { ...PS, PhotoshopClient };
}

function fakeRuntime(rec: Recorded) {
  const result = (body: any) => ({
    status: {
      jobId: 'j1',
      jobID: 'j1',
      status: 'succeeded',
      output: { href: body.output?.href, storage: 'external' },
    },
    v2Status: { jobId: 'j1', status: 'succeeded' },
    job: { jobId: 'j1', statusUrl: 'https://image.adobe.io/v2/status/j1' },
    request: { image: { source: { url: body.input?.href } } },
    diagnostics: [],
  });
  return {
    createRemoveBackgroundClient: (options: any) => {
      rec.calls.push({ method: 'client', args: [options] });
      return {
        runV1: async (body: any, options2: any) => (
          rec.calls.push({ method: 'runV1', args: [body, options2] }),
          result(body)
        ),
      };
    },
    fromAioArgs,
    toAioJob,
    toPhotoshopResponse,
  };
}

const aioSource = fc.record({
  importStyle: fc.constantFrom('namespace', 'destructure'),
  clientStyle: fc.constantFrom('const', 'let-later', 'factory', 'then'),
  method: fc.constantFrom('createCutout', 'createMask'),
  input: fc.constantFrom('string', 'object', 'object-enum'),
  output: fc.constantFrom('string', 'object', 'object-enum', 'object-type'),
  quote: fc.constantFrom("'", '"'),
});

function aioProgram(o: fc.Arbitrary<any> extends fc.Arbitrary<infer T> ? T : never): string {
  const q = o.quote;
  const s = (v: string) => `${q}${v}${q}`;
  const ns = o.importStyle === 'namespace' ? 'sdk.' : '';
  const imp =
    o.importStyle === 'namespace'
      ? `const sdk = require(${s('@adobe/aio-lib-photoshop-api')});`
      : `const { init, Storage, MimeType } = require(${s('@adobe/aio-lib-photoshop-api')});`;
  const input =
    o.input === 'string'
      ? 'i'
      : o.input === 'object'
        ? `{ href: i, storage: ${s('external')} }`
        : `{ href: i, storage: ${ns}Storage.EXTERNAL }`;
  const output =
    o.output === 'string'
      ? 'out'
      : o.output === 'object'
        ? `{ href: out }`
        : o.output === 'object-enum'
          ? `{ href: out, storage: ${ns}Storage.EXTERNAL }`
          : `{ href: out, storage: ${ns}Storage.AZURE, type: ${ns}MimeType.PNG }`;
  const init = `${ns}init(o, k, t)`;
  const call = (c: string) => `${c}.${o.method}(${input}, ${output})`;
  let body: string;
  if (o.clientStyle === 'const')
    body = `  const client = await ${init};\n  const job = await ${call('client')};\n  return job.outputs[0].status;`;
  else if (o.clientStyle === 'let-later')
    body = `  client = await ${init};\n  const job = await ${call('client')};\n  return job.outputs[0].status;`;
  else if (o.clientStyle === 'factory')
    body = `  const c = await getClient(o, k, t);\n  const job = await ${call('c')};\n  return job.outputs[0].status;`;
  else body = `  return ${init}.then((client) => ${call('client')}).then((job) => job.outputs[0].status);`;
  return [
    imp,
    o.clientStyle === 'let-later' ? 'let client;' : '',
    o.clientStyle === 'factory' ? `async function getClient(o, k, t) {\n  return ${init};\n}` : '',
    `async function main(o, k, t, i, out) {\n${body}\n}`,
    'module.exports = main;',
    '',
  ].join('\n');
}

describe('SDK migration keeps what reaches the wire (property, 200 generated programs per SDK)', () => {
  it('aio-lib: the migrated program sends the body aio-lib would have built, to the same endpoint, with the same credentials', async () => {
    await fc.assert(
      fc.asyncProperty(aioSource, async (o) => {
        const source = aioProgram(o);
        const plan = runSdkPlan(source, { filename: '/p/app.js' });
        expect(() => chooseParser('a.js').parse(plan.output)).not.toThrow();
        expect(runSdkPlan(plan.output, { filename: '/p/app.js' }).edits).toEqual([]);
        expect(plan.output).not.toContain('@adobe/aio-lib-photoshop-api');
        expect(plan.todos).toEqual([]);

        const before: Recorded = { calls: [] };
        const after: Recorded = { calls: [] };
        const v1Status = await load(source, { '@adobe/aio-lib-photoshop-api': fakeAio(before) })(
          'org',
          'key',
          'tok',
          IN,
          OUT,
        );
        const v2Status = await load(plan.output, { 'rb-migrate-runtime': fakeRuntime(after) })(
          'org',
          'key',
          'tok',
          IN,
          OUT,
        );
        expect(v2Status).toBe(v1Status);
        const sdkCall = before.calls.find((c) => c.method !== 'init')!;
        expect(after.calls.map((c) => c.method)).toEqual(['client', 'runV1']);
        expect(after.calls[0]!.args[0]).toEqual({ apiKey: 'key', token: 'tok' });
        const [body, options] = after.calls[1]!.args;
        expect(options).toEqual({ endpoint: sdkCall.method });
        expect(body).toEqual(fromAioArgs(sdkCall.args[0] as any, sdkCall.args[1] as any));
      }),
      { numRuns: 200 },
    );
  });

  it('photoshop-apis: the same V1 body and endpoint, client from the token provider, { result } back', async () => {
    const psSource = fc.record({
      method: fc.constantFrom('removeBackground', 'createMask'),
      importStyle: fc.constantFrom('destructure', 'namespace'),
      withOptions: fc.boolean(),
      enums: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(psSource, async (o) => {
        const ns = o.importStyle === 'namespace' ? 'ps.' : '';
        const storage = o.enums ? `${ns}StorageType.AZURE` : "'azure'";
        const source = [
          o.importStyle === 'namespace'
            ? "const ps = require('@adobe/photoshop-apis');"
            : "const { PhotoshopClient, StorageType } = require('@adobe/photoshop-apis');",
          'async function main(id, tp, i, out, signal) {',
          `  const client = new ${ns}PhotoshopClient({ clientId: id, tokenProvider: tp });`,
          `  const { result } = await client.${o.method}({ input: { href: i, storage: ${storage} }, output: { href: out, storage: ${storage} } }${o.withOptions ? ', { signal }' : ''});`,
          '  return result.status;',
          '}',
          'module.exports = main;',
          '',
        ].join('\n');
        const plan = runSdkPlan(source, { filename: '/p/app.js' });
        expect(plan.output).not.toContain('@adobe/photoshop-apis');
        expect(runSdkPlan(plan.output, { filename: '/p/app.js' }).edits).toEqual([]);
        const before: Recorded = { calls: [] };
        const after: Recorded = { calls: [] };
        const tp = { getToken: async () => 'tok' };
        const signal = new AbortController().signal;
        const s1 = await load(source, { '@adobe/photoshop-apis': fakePhotoshop(before) })(
          'id',
          tp,
          IN,
          OUT,
          signal,
        );
        const s2 = await load(plan.output, { 'rb-migrate-runtime': fakeRuntime(after) })(
          'id',
          tp,
          IN,
          OUT,
          signal,
        );
        expect(s2).toBe(s1);
        const sdkCall = before.calls.find((c) => c.method !== 'new')!;
        const clientOptions = after.calls[0]!.args[0] as any;
        expect(clientOptions.apiKey).toBe('id');
        expect(await clientOptions.getToken()).toBe('tok');
        const [body, options] = after.calls[1]!.args;
        expect(body).toEqual(sdkCall.args[0]);
        expect(options).toEqual(
          o.withOptions ? { signal, endpoint: sdkCall.method } : { endpoint: sdkCall.method },
        );
      }),
      { numRuns: 200 },
    );
  });
});
