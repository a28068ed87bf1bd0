import { describe, expect, it, vi } from 'vitest';
import { TranslationError, ValidationError } from '../../packages/runtime/src/translate/errors.ts';
import { toV2 } from '../../packages/runtime/src/translate/to-v2.ts';
import { toV2Request } from '../../packages/runtime/src/translate/to-v2-request.ts';
import type { Diagnostic } from '../../packages/runtime/src/translate/types.ts';

const signed = 'https://acct.blob.core.windows.net/out/b.png?sig=SECRET';
const body = (storage = 'azure', extra: Record<string, unknown> = {}) => ({
  input: { href: 'https://acct.blob.core.windows.net/in/a.jpg?sig=IN', storage: 'azure' },
  output: { href: signed, storage, ...extra },
});

describe('toV2Request (bodies translated where they are sent)', () => {
  it('returns the request toV2 produces and reports every loss to onWarning', () => {
    const seen: Diagnostic[] = [];
    const input = body('azure', { mask: { format: 'binary' } });
    const request = toV2Request(input, { endpoint: 'mask', onWarning: (d) => seen.push(d) });
    const expected = toV2(input, { endpoint: 'mask' });
    expect(request).toEqual(expected.request);
    expect(seen.map((d) => d.code).sort()).toEqual(
      expected.diagnostics
        .filter((d) => d.severity !== 'info')
        .map((d) => d.code)
        .sort(),
    );
    expect(seen.map((d) => d.code)).toContain('RB110');
  });

  it('refuses a Creative Cloud output (nothing can deliver there), and any loss with strict', () => {
    expect(() => toV2Request(body('adobe'), { onWarning: () => {} })).toThrow(TranslationError);
    expect(() => toV2Request(body('azure'), { strict: true })).toThrow(TranslationError);
  });

  it('throws ValidationError for a body that is not V1 (e.g. already V2)', () => {
    const v2 = toV2(body()).request;
    expect(() => toV2Request(v2, { onWarning: () => {} })).toThrow(ValidationError);
  });

  it('warns on the console by default without printing a query string', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      toV2Request(body());
      const printed = warn.mock.calls.map((c) => String(c[0])).join('\n');
      expect(printed).toContain('rb-migrate RB110 (warning)');
      expect(printed).toContain('https://acct.blob.core.windows.net/out/b.png');
      expect(printed).not.toContain('SECRET');
    } finally {
      warn.mockRestore();
    }
  });
});
