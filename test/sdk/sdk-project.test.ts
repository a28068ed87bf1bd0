import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSdkProject } from '../../src/analyze/sdk/index.ts';
import { runSdkPlan } from './apply-sdk-plan.ts';

const DIR = join(import.meta.dirname, '../../__testfixtures__/sdk-project');
const files = readdirSync(DIR)
  .filter((f) => f.includes('.input.'))
  .map((f) => ({
    name: f.replace('.input.', '.'),
    filename: join('/project/src', f.replace('.input.', '.')),
    source: readFileSync(join(DIR, f), 'utf8'),
    expected: readFileSync(join(DIR, f.replace('.input.', '.output.')), 'utf8'),
  }));

describe('cross-file SDK clients (__testfixtures__/sdk-project, one project)', () => {
  const project = collectSdkProject(files);

  it('finds the factory module and the re-exporting wrapper; drops the client that an importer uses for another API', () => {
    expect(project.modules).toEqual({
      '/project/src/photoshop-client': { clients: {}, factories: { getClient: 'aio' } },
      '/project/src/sdk-reexport': { reexports: 'aio' },
    });
  });

  for (const file of files) {
    it(`${file.name}: expected output with the project context, idempotent`, () => {
      const result = runSdkPlan(file.source, { filename: file.filename, sdkProject: project });
      expect(result.output).toBe(file.expected);
      const again = collectSdkProject(files.map((f) => ({ filename: f.filename, source: f.expected })));
      expect(runSdkPlan(file.expected, { filename: file.filename, sdkProject: again }).edits).toEqual([]);
    });
  }

  it('without the project context, the exported factory is not migrated (its importers would break)', () => {
    const wrapper = files.find((f) => f.name === 'photoshop-client.js')!;
    const alone = runSdkPlan(wrapper.source, { filename: wrapper.filename });
    expect(alone.output).toContain('sdk.init(');
    const consumer = files.find((f) => f.name === 'cutout-job.js')!;
    expect(runSdkPlan(consumer.source, { filename: consumer.filename }).edits).toEqual([]);
  });
});

describe('through migrateSource (the codemod entry), with ProjectContext.sdk', () => {
  it('gives the same outputs as the planner alone', async () => {
    const { migrateSource } = await import('../../src/analyze/js/index.ts');
    const sdk = collectSdkProject(files);
    for (const file of files) {
      const result = migrateSource(file.source, { filename: file.filename, project: { constants: {}, sdk } });
      expect(result.output, file.name).toBe(file.expected);
    }
  });
});
