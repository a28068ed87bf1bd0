import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

// A file whose SDK calls rewrite moves to the runtime client: the import of rb-migrate-runtime it inserts
// needs the package in the nearest package.json, which check reports (RB280) and rewrite adds with the file.
const CUTOUT = `const sdk = require('@adobe/aio-lib-photoshop-api');
async function main() {
  const client = await sdk.init('org', 'key', 'token');
  return client.createCutout({ href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' }, { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external', type: 'image/png' });
}
module.exports = { main };
`;
const MANIFEST =
  '{\n    "name": "app",\n    "version": "1.0.0",\n    "dependencies": {\n        "express": "^4.0.0"\n    }\n}\n';

interface Finding {
  rule: string;
  path: string;
  fixable: boolean;
  severity: string;
}

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

async function findings(): Promise<Finding[]> {
  const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
  return (JSON.parse(check.stdout) as { findings: Finding[] }).findings;
}

describe('rewrite adds rb-migrate-runtime to the nearest package.json', () => {
  it('check reports it (RB280, fixable), --dry says it would, rewrite adds it with the file and says so', async () => {
    repo.write('package.json', MANIFEST);
    repo.write('src/jobs/cutout.js', CUTOUT);
    repo.commit();

    const before = await findings();
    expect(before.filter((f) => f.rule === 'RB280')).toEqual([
      expect.objectContaining({ path: 'package.json', fixable: true, severity: 'info' }),
    ]);

    const dry = await runCli(['rewrite', '--dry'], { cwd: repo.dir });
    expect(dry.stdout).toContain('would change package.json');
    expect(dry.stderr).toContain('would add "rb-migrate-runtime" to the dependencies of package.json');
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(MANIFEST);

    const run = await runCli(['rewrite'], { cwd: repo.dir });
    expect(run.stdout).toContain('changed package.json');
    expect(run.stderr).toContain(
      'added "rb-migrate-runtime" to the dependencies of package.json (imported by 1 migrated file)',
    );
    expect(readFileSync(join(repo.dir, 'src/jobs/cutout.js'), 'utf8')).toContain(
      "require('rb-migrate-runtime')",
    );
    // The four-space indentation and the order of the entries are kept; nothing else changes.
    expect(readFileSync(join(repo.dir, 'package.json'), 'utf8')).toBe(
      MANIFEST.replace(
        '"express": "^4.0.0"\n',
        '"express": "^4.0.0",\n        "rb-migrate-runtime": "^0.1.0"\n',
      ),
    );
    expect((await findings()).filter((f) => f.rule === 'RB280')).toEqual([]);
    // A second run changes nothing.
    const again = await runCli(['rewrite'], { cwd: repo.dir });
    expect(again.stderr).not.toContain('rb-migrate-runtime');
  });

  it('adds nothing when any dependency field already names it, and says so when there is no package.json', async () => {
    const peer = '{ "name": "a", "peerDependencies": { "rb-migrate-runtime": ">=0.1" } }\n';
    repo.write('a/package.json', peer);
    repo.write('a/cutout.js', CUTOUT);
    repo.write('b/cutout.js', CUTOUT);
    repo.commit();
    expect((await findings()).filter((f) => f.rule === 'RB280')).toEqual([]);
    const run = await runCli(['rewrite'], { cwd: repo.dir });
    expect(readFileSync(join(repo.dir, 'a/cutout.js'), 'utf8')).toContain("require('rb-migrate-runtime')");
    expect(readFileSync(join(repo.dir, 'a/package.json'), 'utf8')).toBe(peer);
    expect(run.stderr).not.toContain('to the dependencies of');
    expect(run.stderr).toContain('1 migrated file imports rb-migrate-runtime but no package.json was edited');
    expect(run.stderr).toContain('(b/cutout.js)');
  });
});
