import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPackedFiles } from '../helpers/list-packed-files.ts';
import { REPOSITORY_URL } from '../../packages/runtime/src/mapping/rule-doc-url.ts';
import { RULES } from '../../packages/runtime/src/mapping/rules.ts';
import { runCli } from '../helpers/run-cli.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const packed = listPackedFiles(ROOT);

/** Relative link targets in Markdown (`[text](target)`), without anchors; absolute URLs and `#…` skipped. */
function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((t) => !/^(?:[a-z]+:|#)/i.test(t))
    .map((t) => normalize(t.replace(/#.*$/, '')));
}

describe('README.md', () => {
  it('links only files that the npm package ships (it is the package page too)', () => {
    const links = relativeLinks(README);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((l) => !packed.has(l))).toEqual([]);
  });

  it('keeps the two quick-start commands', () => {
    const quick = README.slice(
      README.indexOf('## Quick start'),
      README.indexOf('\n## ', README.indexOf('## Quick start') + 1),
    );
    expect(quick.match(/^npm ci && npm .*$/gm)?.map((l) => l.replace(/\s+#.*$/, ''))).toEqual([
      'npm ci && npm run demo',
      'npm ci && npm test',
    ]);
  });

  it('indexes every checker rule, linked to its page', () => {
    for (const rule of RULES.filter((r) => r.faces.includes('checker')))
      expect(README).toContain(`[${rule.code}](docs/rules/${rule.code}.md)`);
    expect(README).toContain('(docs/rules/README.md)');
  });

  it('documents every input of the GitHub Action', () => {
    const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    const inputs = [
      ...action
        .slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'))
        .matchAll(/^ {2}([\w-]+):$/gm),
    ].map((m) => m[1]!);
    expect(inputs).toEqual(
      expect.arrayContaining(['paths', 'fail-on', 'baseline', 'format', 'working-directory']),
    );
    for (const input of inputs) expect(README, input).toMatch(new RegExp(`\\b${input}:`));
  });
});

describe('package.json', () => {
  it('has complete metadata pointing at one repository', () => {
    expect(pkg.license).toBe('MIT');
    expect(packed.has('LICENSE')).toBe(true);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} rb-migrate contributors\n/,
    );
    expect(pkg.author).toBe('rb-migrate contributors');
    expect(pkg.keywords).toEqual(expect.arrayContaining(['adobe', 'remove-background', 'codemod']));
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it('prettier is an optional peer, not a dependency (rewrite uses the project’s own)', () => {
    expect(pkg.dependencies.prettier).toBeUndefined();
    expect(pkg.peerDependencies.prettier).toBeDefined();
    expect(pkg.peerDependenciesMeta.prettier.optional).toBe(true);
    expect(pkg.devDependencies.prettier).toBeDefined();
  });
});

describe('bare rb-migrate', () => {
  it('prints the command list and exits 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    for (const command of ['translate', 'check', 'rewrite', 'emulate'])
      expect(run.stderr).toMatch(new RegExp(`^\\s+rb-migrate ${command}\\b`, 'm'));
    expect(run.stderr).toContain('rb-migrate: name a command (see the list above)');
  });
});
