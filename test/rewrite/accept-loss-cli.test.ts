import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

/**
 * Strict JSON cannot hold a trace: a V1 body that would lose something (output.href, RB110) stays V1 with
 * its URL and check fails on it (RB344) until `rewrite --accept-loss` migrates it and records the loss in the
 * baseline check reads. Real git repository, real CLI, exit codes asserted.
 */
const BODY = `{
  "url": "https://image.adobe.io/sensei/cutout",
  "body": {
    "input": { "href": "https://my-bucket.s3.amazonaws.com/in.jpg", "storage": "external" },
    "output": { "href": "https://my-bucket.s3.amazonaws.com/out.png?X-Amz-Signature=topsecret", "storage": "external" }
  }
}
`;
const BASELINE = '.rb-migrate-baseline.json';

describe('rewrite --accept-loss (strict JSON)', () => {
  let repo: TempRepo;
  afterEach(() => repo?.cleanup());

  const setup = () => {
    repo = createTempRepo();
    repo.write('requests/cutout.json', BODY);
    repo.commit('input');
  };
  const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');

  it('leaves the body and its URL V1 without --accept-loss; check fails with RB344 naming the loss, no secret', async () => {
    setup();
    const rewrite = await runCli(['rewrite'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1);
    expect(read('requests/cutout.json')).toBe(BODY);
    const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout).findings as {
      rule: string;
      severity: string;
      message: string;
    }[];
    expect(findings.map((f) => f.rule)).toEqual(['RB344']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/output\.href/);
    expect(findings[0]!.message).toMatch(/--accept-loss/);
    expect(check.stdout).not.toMatch(/topsecret/);
  });

  it('migrates with --accept-loss, records the loss once, and check --baseline passes listing it as info', async () => {
    setup();
    const rewrite = await runCli(['rewrite', '--accept-loss'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1); // the loss is still printed as a TODO of the run
    expect(rewrite.stderr).toMatch(/recorded 1 accepted loss in \.rb-migrate-baseline\.json/);
    expect(read('requests/cutout.json')).toMatch(/v2\/remove-background/);
    expect(read('requests/cutout.json')).not.toMatch(/sensei/);
    const baseline = JSON.parse(read(BASELINE));
    expect(baseline.version).toBe(1);
    expect(baseline.acceptedLosses).toHaveLength(1);
    expect(baseline.acceptedLosses[0]).toMatchObject({
      path: 'requests/cutout.json',
      pointer: '/body',
      code: 'RB110',
    });
    expect(read(BASELINE)).not.toMatch(/topsecret/);

    const check = await runCli(['check', '--baseline', BASELINE, '--fail-on', 'info', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.findings).toMatchObject([
      { rule: 'RB344', severity: 'info', path: 'requests/cutout.json' },
    ]);
    expect(report.totals.infos).toBe(1);

    // A second run records nothing new and changes nothing.
    repo.commit('migrated');
    const again = await runCli(['rewrite', '--accept-loss'], { cwd: repo.dir });
    expect(again.code).toBe(0);
    expect(repo.git('status', '--porcelain')).toBe('');

    // check --update-baseline keeps the accepted losses.
    const update = await runCli(['check', '--baseline', BASELINE, '--update-baseline'], { cwd: repo.dir });
    expect(update.code).toBe(0);
    expect(JSON.parse(read(BASELINE)).acceptedLosses).toEqual(baseline.acceptedLosses);
  });

  it('keeps the findings of an existing baseline and refuses an invalid one (exit 2, nothing written)', async () => {
    setup();
    const kept = {
      version: 1,
      tool: 'rb-migrate',
      findings: [{ fingerprint: 'abc:0', rule: 'RB306', path: 'x.md' }],
    };
    writeFileSync(join(repo.dir, BASELINE), JSON.stringify(kept));
    const rewrite = await runCli(['rewrite', '--accept-loss', '--allow-dirty'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1);
    const written = JSON.parse(read(BASELINE));
    expect(written.findings).toEqual(kept.findings);
    expect(written.acceptedLosses).toHaveLength(1);

    repo.git('checkout', '--', 'requests/cutout.json');
    writeFileSync(join(repo.dir, BASELINE), '{"version": 7}');
    const bad = await runCli(['rewrite', '--accept-loss', '--allow-dirty'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an rb-migrate baseline/);
    expect(read('requests/cutout.json')).toBe(BODY);
  });
});
