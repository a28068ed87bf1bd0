import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/files/create-progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream, writes };
}

describe('createProgress', () => {
  it('draws a bar on a TTY outside CI and clears it at the end', () => {
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const { stream, writes } = fakeStream(true);
      const progress = createProgress('rewriting', 400, stream);
      progress.update(400);
      progress.finish();
      expect(writes[0]).toMatch(/^\rrewriting \[#{30}\] 400\/400$/);
      expect(writes.at(-1)).toBe('\r\x1b[2K');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
  });

  it('stays silent when the stream is not a TTY (plain CI logs)', () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgress('checking', 5000, stream);
    progress.update(10);
    progress.update(5000);
    progress.finish();
    expect(writes).toEqual([]);
  });

  it('stays silent on a TTY whose TERM is dumb (no escape codes)', () => {
    const saved = { CI: process.env.CI, TERM: process.env.TERM };
    delete process.env.CI;
    process.env.TERM = 'dumb';
    try {
      const { stream, writes } = fakeStream(true);
      const progress = createProgress('checking', 5000, stream);
      progress.update(5000);
      progress.finish();
      expect(writes).toEqual([]);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});
