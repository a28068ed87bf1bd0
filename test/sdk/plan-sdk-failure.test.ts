import { describe, expect, it, vi } from 'vitest';
import { runSdkPlan } from './apply-sdk-plan.ts';

vi.mock('../../src/analyze/sdk/plan-aio-init-rewrite.ts', () => ({
  planAioInitRewrite: () => {
    throw new Error('boom');
  },
}));

describe('a planner bug', () => {
  it('leaves every SDK call unchanged and says so with one RB206 TODO above the SDK import', () => {
    const src = [
      "const sdk = require('@adobe/aio-lib-photoshop-api');",
      "const c = sdk.init('o', 'k', 't').then((client) => client.createCutout('https://a.s3.amazonaws.com/i', 'https://a.s3.amazonaws.com/o'));",
      '',
    ].join('\n');
    const r = runSdkPlan(src, { filename: 'a.js' });
    expect(r.todos.map((t) => t.code)).toEqual(['RB206']);
    expect(r.output).toBe(
      `/* rb-migrate RB206: SDK migration failed (Error: boom); the SDK calls were left unchanged. Please report this with the snippet. */\n${src}`,
    );
    expect(r.needsImport).toBe(false);
  });
});
