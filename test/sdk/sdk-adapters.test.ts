import { describe, expect, it } from 'vitest';
import {
  fromAioArgs,
  fromPhotoshopConfig,
  PhotoshopJobError,
  toAioJob,
  toPhotoshopResponse,
} from '../../packages/runtime/src/runtime/index.ts';
import type { RunV1Result } from '../../packages/runtime/src/runtime/index.ts';

function result(status: 'succeeded' | 'failed'): RunV1Result {
  return {
    status: {
      jobId: 'j1',
      jobID: 'j1',
      status,
      output: { href: 'https://b.s3.amazonaws.com/o.png', storage: 'external' },
      _links: { self: { href: 'https://image.adobe.io/v2/status/j1' } },
      ...(status === 'failed' ? { errors: { type: 'JobFailed', code: 'x', title: 't', details: [] } } : {}),
    },
    v2Status: { jobId: 'j1', status } as any,
    job: { jobId: 'j1', statusUrl: 'https://image.adobe.io/v2/status/j1' },
    request: { image: { source: { url: 'https://b.s3.amazonaws.com/i.png' } } } as any,
    diagnostics: [],
  };
}

describe('fromAioArgs builds the V1 body aio-lib sent', () => {
  it('detects storage from the URL host and the output type from the extension, like aio-lib FileResolver', () => {
    expect(
      fromAioArgs(
        'https://acct.blob.core.windows.net/c/in.jpg',
        'https://content.dropboxapi.com/up/out.JPEG',
      ),
    ).toEqual({
      input: { href: 'https://acct.blob.core.windows.net/c/in.jpg', storage: 'azure' },
      output: { href: 'https://content.dropboxapi.com/up/out.JPEG', storage: 'dropbox', type: 'image/jpeg' },
    });
    expect(
      fromAioArgs({ href: 'https://b.s3.amazonaws.com/i.png' }, { href: 'https://x.example/o?sig=1' }).output,
    ).toEqual({
      href: 'https://x.example/o?sig=1',
      storage: 'external',
      type: 'image/png',
    });
  });

  it('keeps explicit storage/type and treats a non-URL path as Creative Cloud (adobe)', () => {
    const body = fromAioArgs(
      { href: 'https://a.s3.amazonaws.com/i', storage: 'external' },
      { href: '/files/o.psd', type: 'image/png' },
    );
    expect(body.output).toEqual({ href: '/files/o.psd', storage: 'adobe', type: 'image/png' });
  });

  it('refuses aio-lib-files paths (storage "aio")', () => {
    expect(() => fromAioArgs({ href: 'in.png', storage: 'aio' }, 'https://a.s3.amazonaws.com/o.png')).toThrow(
      /aio-lib-files/,
    );
  });
});

describe('toAioJob / toPhotoshopResponse give the shapes the SDK callers read', () => {
  it('aio Job: jobId, outputs[0].status/_links.self/input, and a finished isDone/pollUntilDone', async () => {
    const job = toAioJob(result('succeeded'));
    expect(job.jobId).toBe('j1');
    expect(job.outputs[0]).toMatchObject({
      input: 'https://b.s3.amazonaws.com/i.png',
      status: 'succeeded',
      _links: { self: { href: 'https://b.s3.amazonaws.com/o.png', storage: 'external' } },
    });
    expect(job.isDone()).toBe(true);
    expect(await job.pollUntilDone()).toBe(job);
    expect(toAioJob(result('failed')).outputs[0]!.errors).toBeDefined();
  });

  it('photoshop-apis: resolves { result } on success, rejects with details on a failed job', () => {
    expect(toPhotoshopResponse(result('succeeded')).result.status).toBe('succeeded');
    expect(() => toPhotoshopResponse(result('failed'))).toThrow(PhotoshopJobError);
    try {
      toPhotoshopResponse(result('failed'));
    } catch (error) {
      expect((error as PhotoshopJobError).details.status).toBe('failed');
    }
  });

  it('fromPhotoshopConfig: token provider → getToken; client credentials are refused without leaking the secret', async () => {
    const options = fromPhotoshopConfig({ clientId: 'id', tokenProvider: { getToken: async () => 'tok' } });
    expect(options.apiKey).toBe('id');
    expect(await options.getToken!()).toBe('tok');
    let message = '';
    try {
      fromPhotoshopConfig({ clientId: 'id', clientSecret: 's3cr3t-value' });
    } catch (error) {
      message = String((error as Error).message) + JSON.stringify(error);
    }
    expect(message).toMatch(/tokenProvider/);
    expect(message).not.toContain('s3cr3t-value');
  });
});
