import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrated } from '../helpers/submit-and-poll.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

// rewrite formats with the target project's own Prettier. Two real Prettiers are dev dependencies of this
// repository: `prettier` (3.x) and `prettier2` (an npm alias of prettier@2); each test project gets one
// of them laid out as its own node_modules/prettier (a symlink: nothing is downloaded).
const require = createRequire(import.meta.url);
const PRETTIER = {
  2: require.resolve('prettier2/package.json').replace(/package\.json$/, ''),
  3: require.resolve('prettier/package.json').replace(/package\.json$/, ''),
} as const;
type Formatter = {
  version: string;
  format(s: string, o: object): string | Promise<string>;
  check(s: string, o: object): boolean | Promise<boolean>;
};
const prettier2 = require('prettier2') as Formatter;
const prettier3 = require('prettier') as Formatter;

/**
 * Clean under Prettier 2 with singleQuote (es5 trailing commas), not under Prettier 3 (trailing commas "all").
 * The submission is there so the poll migrates with it (a poll alone stays V1, RB260).
 */
const SOURCE_P2 = `export const status = (id: string) =>
  'https://image.adobe.io/sensei/status/' + id;

export const cutout = (input: string, output: string) =>
  fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    }),
  });

export function describeJob(
  statusUrlOfTheJob: string,
  bearerTokenOfTheRequest: string
): string {
  return statusUrlOfTheJob + bearerTokenOfTheRequest;
}
`;
/** The codemod's change alone: the status URL gets 4 characters shorter, so the arrow now fits on one line. */
const migrate = (text: string) => migrated(text);
const JOINED = `export const status = (id: string) => 'https://image.adobe.io/v2/status/' + id;\n`;
const CONFIG = { singleQuote: true };

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
  repo.write('.gitignore', 'node_modules\n');
});
afterEach(() => repo.cleanup());

function installPrettier(version: 2 | 3): void {
  mkdirSync(join(repo.dir, 'node_modules'), { recursive: true });
  symlinkSync(PRETTIER[version], join(repo.dir, 'node_modules/prettier'), 'dir');
}
const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');
async function rewrite(args: string[] = []) {
  repo.commit();
  const run = await runCli(['rewrite', ...args], { cwd: repo.dir });
  // 1: the submission keeps its RB110 loss TODO (V2 hosts the result)
  expect(run.code, run.stderr).toBe(1);
  return run;
}

describe('rewrite formats with the project’s own Prettier', () => {
  it('Prettier 2 project: formatted with Prettier 2 and its config (no Prettier 3 trailing commas)', async () => {
    expect(prettier2.version).toMatch(/^2\./);
    expect(await prettier2.check(SOURCE_P2, { ...CONFIG, parser: 'typescript' })).toBe(true);
    expect(await prettier3.check(SOURCE_P2, { ...CONFIG, parser: 'typescript' })).toBe(false);
    installPrettier(2);
    repo.write('.prettierrc.json', JSON.stringify(CONFIG));
    repo.write('src/a.ts', SOURCE_P2);
    await rewrite();
    const out = read('src/a.ts');
    expect(out).toBe(await prettier2.format(migrate(SOURCE_P2), { ...CONFIG, parser: 'typescript' }));
    expect(out).toContain(JOINED);
    expect(out).toContain('  bearerTokenOfTheRequest: string\n): string {');
  });

  it('Prettier 3 project: formatted with Prettier 3 and its config', async () => {
    const source = await prettier3.format(SOURCE_P2, { ...CONFIG, parser: 'typescript' });
    expect(source).toContain('bearerTokenOfTheRequest: string,\n');
    installPrettier(3);
    repo.write('.prettierrc.json', JSON.stringify(CONFIG));
    repo.write('src/a.ts', source);
    await rewrite();
    expect(read('src/a.ts')).toBe(
      await prettier3.format(migrate(source), { ...CONFIG, parser: 'typescript' }),
    );
    expect(read('src/a.ts')).toContain(JOINED);
  });

  it('a file that was not Prettier-clean before is never reflowed: only the migrated text changes', async () => {
    installPrettier(3);
    repo.write('.prettierrc.json', JSON.stringify(CONFIG));
    const ugly = `export const   status = (id: string) => "https://image.adobe.io/sensei/status/" + id\nexport const cutout = (input: string, output: string) => fetch("https://image.adobe.io/sensei/cutout", { method: "POST", body: JSON.stringify({ input: { href: input, storage: "external" }, output: { href: output, storage: "external" } }) })\n`;
    repo.write('src/a.ts', ugly);
    // An OpenAPI file the project does not format: one URL changes, nothing else moves.
    const openapi = `{"openapi":"3.0.0","servers":[{"url":"https://image.adobe.io"}],\n"paths":{"/sensei/cutout":{"post":{"operationId":"cutout","tags":["a","b"]}}}}\n`;
    repo.write('api/openapi.json', openapi);
    await rewrite();
    expect(read('src/a.ts')).toBe(migrated(ugly));
    expect(read('api/openapi.json')).toBe(openapi.replace('/sensei/cutout', '/v2/remove-background'));
  });

  it('a project without Prettier is never formatted, even with a config and --prettier on', async () => {
    repo.write('.prettierrc.json', JSON.stringify(CONFIG));
    repo.write('src/a.ts', SOURCE_P2);
    await rewrite(['--prettier', 'on']);
    expect(read('src/a.ts')).toBe(migrate(SOURCE_P2));
  });

  it('auto needs a config file; on uses Prettier’s defaults without one; off never formats', async () => {
    installPrettier(3);
    const source = await prettier3.format(SOURCE_P2, { parser: 'typescript' }); // defaults: double quotes
    repo.write('src/a.ts', source);
    repo.write('src/b.ts', source);
    repo.write('src/c.ts', source);
    await rewrite(['src/a.ts']);
    expect(read('src/a.ts')).toBe(migrate(source));
    await rewrite(['src/b.ts', '--prettier', 'on']);
    expect(read('src/b.ts')).toBe(await prettier3.format(migrate(source), { parser: 'typescript' }));
    expect(read('src/b.ts')).not.toBe(migrate(source));
    repo.write('.prettierrc.json', JSON.stringify(CONFIG));
    await rewrite(['src/c.ts', '--prettier', 'off']);
    expect(read('src/c.ts')).toBe(migrate(source));
  });
});
