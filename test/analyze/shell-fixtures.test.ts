import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeShell } from '../../src/analyze/shell/index.ts';
import { SHELL_KINDS } from '../../src/analyze/shell/shell-kinds.ts';
import { detectShellSites } from '../../src/check/rules/detect-shell-sites.ts';
import { rewriteShell } from '../../src/rewrite/rewrite-shell.ts';
import { RULES_BY_CODE } from '../../packages/runtime/src/mapping/rules.ts';
import { listFixturePairs } from '../codemod/fixture-pairs.ts';
import { requireTools } from './require-tools.ts';

// Markdown JS blocks go through the JS engine as well: test/analyze/markdown-js-fixtures.test.ts.
const pairs = listFixturePairs().filter((p) => p.ext in SHELL_KINDS && p.feature !== 'markdown-js');
const bash = requireTools(['bash']);
const scratch = mkdtempSync(join(tmpdir(), 'rb-shell-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What rewrite may leave behind: traces, info notes, and V1 URLs it never touches (outside curl, comments). */
const LEFT_AFTER_REWRITE = new Set(['RB305', 'RB306', 'RB307', 'RB321', 'RB322', 'RB234']);

describe('shell and Markdown fixture pairs', () => {
  it('covers every shell/Markdown pattern', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(16);
    expect(pairs.every((p) => p.output !== undefined)).toBe(true);
  });

  describe.each(pairs.map((p) => [p.name, p] as const))('%s', (_name, pair) => {
    const kind = SHELL_KINDS[pair.ext]!;
    const rewritten = rewriteShell(pair.input, kind);

    it('rewrite gives the expected output, and a second run changes nothing', () => {
      expect(rewritten.output).toBe(pair.output);
      expect(rewriteShell(rewritten.output, kind).output).toBe(rewritten.output);
    });

    it('check reports the sites rewrite acts on: RB320 exactly at the requests it migrates, the reason code at those it leaves', () => {
      const sites = analyzeShell(pair.input, { kind }).sites;
      const before = detectShellSites(pair.input, kind);
      const at = (rule: string) => before.filter((f) => f.rule === rule).map((f) => f.index);
      expect(at('RB320')).toEqual(sites.filter((s) => s.decision !== 'leave').map((s) => s.offset));
      const left = sites.filter(
        (s) => (s.kind === 'request' || s.kind === 'status-url') && s.decision === 'leave',
      );
      expect(left.map((s) => `${s.code}@${s.offset}`)).toEqual(
        before.filter((f) => ['RB230', 'RB231', 'RB235'].includes(f.rule)).map((f) => `${f.rule}@${f.index}`),
      );
      expect(rewritten.changed).toBe(sites.some((s) => s.edits.length > 0));
      expect(rewritten.changed).toBe(before.some((f) => RULES_BY_CODE[f.rule].fixable) || left.length > 0);
    });

    it('after rewrite check reports exactly the traces left and the mentions rewrite never touches', () => {
      const after = detectShellSites(rewritten.output, kind);
      expect(after.filter((f) => !LEFT_AFTER_REWRITE.has(f.rule))).toEqual([]);
      const traces = rewritten.output.match(/(#|<!--) rb-migrate RB\d{3}:/g) ?? [];
      expect(after.filter((f) => f.rule === 'RB305' || f.rule === 'RB234')).toHaveLength(traces.length);
      const todoCodes = rewritten.todos.map((t) => t.code).sort();
      const reported = after
        .filter((f) => f.rule === 'RB305' || f.rule === 'RB306')
        .map((f) => (f.rule === 'RB305' ? /RB\d{3}/.exec(f.value ?? '')![0] : f.rule))
        .sort();
      expect(reported).toEqual(todoCodes);
    });

    it.skipIf(kind !== 'shell' || !bash.ok)('the rewritten script parses (bash -n)', () => {
      const file = join(scratch, `${pair.variant}.sh`);
      writeFileSync(file, rewritten.output);
      const run = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  });
});

describe("the Remove Background page (Adobe's, as a fixture)", () => {
  const page = pairs.find((p) => p.variant === 'remove-background-page')!;

  it('check afterwards reports only the intentional mentions (info) and the delivery trace for <signed_post_url>', () => {
    const after = detectShellSites(page.output!, 'markdown').map(
      (f) => `${f.rule}:${RULES_BY_CODE[f.rule].severity}`,
    );
    expect(after.sort()).toEqual(['RB305:error', 'RB321:info', 'RB322:info', 'RB322:info', 'RB322:info']);
    expect(page.output).toContain(
      '<!-- rb-migrate RB110: V2 does not upload the result to output.href ("<signed_post_url>")',
    );
  });

  it('the main example becomes a complete V2 request; the V1 half of the comparison is untouched', () => {
    const first = /```shell\n([\s\S]*?)```/.exec(page.output!)![1]!;
    expect(first).toContain('https://image.adobe.io/v2/remove-background');
    const body = JSON.parse(/-d '([\s\S]*)'/.exec(first)![1]!);
    expect(body).toEqual({
      image: { source: { url: '<signed_get_url>' } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    });
    expect(first).toMatch(/Content-Type: application\/json/);
    const v1Half = (s: string) => s.slice(s.indexOf('**V1 Payload:**'), s.indexOf('**V2 Payload:**'));
    expect(v1Half(page.output!)).toBe(v1Half(page.input));
  });
});
