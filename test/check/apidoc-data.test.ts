import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

/** An apidoc data document (our own, in the shape apidoc writes): one V1 endpoint with whole V1 examples. */
const API = {
  api: [
    {
      type: 'post',
      url: 'https://image.adobe.io/sensei/cutout',
      title: 'Create a cutout',
      name: 'cutout',
      group: 'Sensei',
      parameter: {
        examples: [
          {
            title: 'Request:',
            content:
              'POST https://image.adobe.io/sensei/cutout HTTP/1.1\nContent-Type: application/json\n{\n  "input": {"href": "https://example.com/in.png", "storage": "external"},\n  "output": {"href": "https://example.com/out.png", "storage": "external"}\n}',
            type: 'http',
          },
        ],
      },
      success: {
        examples: [
          {
            title: 'Response:',
            content:
              'HTTP/1.1 202\n{\n  "_links": {"self": {"href": "https://image.adobe.io/sensei/status/abc"}}\n}',
            type: 'json',
          },
        ],
      },
    },
  ],
};
const JSON_TWIN = `${JSON.stringify(API, null, 2)}\n`;
const JS_TWIN = `define(${JSON.stringify(API, null, 2)});\n`;

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

interface Finding {
  path: string;
  line: number;
  rule: string;
  fixable: boolean;
}
const check = async () =>
  (
    JSON.parse((await runCli(['check', '--format', 'json'], { cwd: repo.dir })).stdout) as {
      findings: Finding[];
    }
  ).findings;
const of = (findings: Finding[], path: string) =>
  findings.filter((f) => f.path === path).map((f) => `${f.line}:${f.rule}:${f.fixable}`);

describe("apidoc's api_data.js is planned and checked like its JSON twin", () => {
  it('both twins: the whole V1 examples are left V1 and reported at their own lines (RB311), nothing fixable, nothing rewritten', async () => {
    repo.write('docs/api_data.json', JSON_TWIN);
    repo.write('docs/api_data.js', JS_TWIN);
    repo.commit();
    const before = await check();
    const js = of(before, 'docs/api_data.js');
    expect(js).toEqual(of(before, 'docs/api_data.json'));
    expect(js.filter((f) => f.endsWith(':RB311:false'))).toHaveLength(2);
    expect(js.some((f) => f.endsWith(':true'))).toBe(false);
    // Not stacked at line 1: each report is on its example's line.
    expect(js.every((f) => !f.startsWith('1:'))).toBe(true);
    const rewrite = await runCli(['rewrite', '--format', 'json'], { cwd: repo.dir });
    const files = (JSON.parse(rewrite.stdout) as { files: { path: string; status: string }[] }).files;
    expect(files.filter((f) => f.status === 'changed')).toEqual([]);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(await check()).toEqual(before);
  });

  it('a twin without whole V1 examples is migrated the same way as the JSON one', async () => {
    const plain = { api: [{ type: 'post', url: 'https://image.adobe.io/sensei/cutout', title: 'Cutout' }] };
    repo.write('docs/api_data.json', `${JSON.stringify(plain, null, 2)}\n`);
    repo.write('docs/api_data.js', `define(${JSON.stringify(plain, null, 2)});\n`);
    repo.commit();
    await runCli(['rewrite', '--prettier', 'off'], { cwd: repo.dir });
    const json = repo.git('show', ':docs/api_data.json') && repo.git('diff', '--', 'docs/api_data.json');
    const js = repo.git('diff', '--', 'docs/api_data.js');
    const changes = (diff: string) => diff.split('\n').filter((l) => /^[-+] /.test(l));
    expect(changes(js)).toEqual(changes(json));
    expect(changes(js).join('\n')).toContain('/v2/remove-background');
  });
});
