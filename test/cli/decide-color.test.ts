import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/cli/decide-color.ts';
import { createTempRepo } from './temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('decideColor (per stream)', () => {
  it('NO_COLOR wins over FORCE_COLOR and a TTY', () => {
    expect(decideColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1', TERM: 'xterm' })).toBe(false);
    expect(decideColor(tty, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count
    expect(decideColor(tty, { NO_COLOR: '', TERM: 'xterm' })).toBe(true);
  });

  it('FORCE_COLOR >= 1 turns colour on through a pipe; 0 or false turns it off on a TTY', () => {
    expect(decideColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(decideColor(pipe, { FORCE_COLOR: '3', TERM: 'dumb' })).toBe(true);
    expect(decideColor(tty, { FORCE_COLOR: '0', TERM: 'xterm' })).toBe(false);
    expect(decideColor(tty, { FORCE_COLOR: 'false', TERM: 'xterm' })).toBe(false);
  });

  it('otherwise colour only on a TTY whose TERM is not dumb', () => {
    expect(decideColor(tty, { TERM: 'xterm-256color' })).toBe(true);
    expect(decideColor(tty, {})).toBe(true);
    expect(decideColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(decideColor(pipe, { TERM: 'xterm-256color' })).toBe(false);
  });

  it('CI alone never turns colour on (picocolors would)', () => {
    expect(decideColor(pipe, { CI: 'true', TERM: 'xterm' })).toBe(false);
    expect(decideColor({}, { CI: '1' })).toBe(false);
  });

  it('decides each stream on its own', () => {
    const env = { TERM: 'xterm' };
    expect([decideColor(tty, env), decideColor(pipe, env)]).toEqual([true, false]);
  });
});

describe('end to end through a pipe', () => {
  const ESC = '\x1b[';
  it('FORCE_COLOR=1 colours check and rewrite --diff; CI=true alone and NO_COLOR do not', async () => {
    const repo = createTempRepo();
    try {
      repo.write('src/a.ts', `export const A = 'https://image.adobe.io/sensei/cutout';\n`);
      repo.commit();
      const env = (extra: Record<string, string>) => ({
        env: { NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...extra } as NodeJS.ProcessEnv,
        cwd: repo.dir,
      });
      const forced = await runCli(['check'], env({ FORCE_COLOR: '1' }));
      expect(forced.code).toBe(1);
      expect(forced.stdout).toContain(`${ESC}31merror`);
      expect((await runCli(['rewrite', '--dry', '--diff'], env({ FORCE_COLOR: '1' }))).stdout).toContain(
        `${ESC}32m`,
      );
      const plainEnvs: Record<string, string>[] = [
        { CI: 'true' },
        { NO_COLOR: '1', FORCE_COLOR: '1' },
        { TERM: 'xterm' },
      ];
      for (const extra of plainEnvs) {
        const plain = await runCli(['check'], env(extra));
        expect(plain.stdout, JSON.stringify(extra)).toContain('error');
        expect(plain.stdout, JSON.stringify(extra)).not.toContain(ESC);
      }
    } finally {
      repo.cleanup();
    }
  });
});
