import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectProjectConstants } from '../../src/analyze/project/collect-project-constants.ts';
import { migrateSource } from '../../src/analyze/js/migrate-source.ts';
import { createV1PathPattern } from '../../packages/runtime/src/mapping/v1-path-pattern.ts';

const SRC = join(import.meta.dirname, '..', '..', 'examples', 'project', 'src');

describe('examples/project (the demo project)', () => {
  const files = readdirSync(SRC)
    .sort()
    .map((f) => join(SRC, f));
  const project = collectProjectConstants(files);
  const results = Object.fromEntries(
    files.map((file) => {
      const source = readFileSync(file, 'utf8');
      return [
        file.slice(SRC.length + 1),
        { source, result: migrateSource(source, { filename: file, project }) },
      ];
    }),
  );

  it('migrates every V1 call of the project and leaves the Photoshop job alone', () => {
    for (const [name, { result }] of Object.entries(results)) {
      // status.js polls jobs no submission of its own makes: closed world, it stays V1 (RB260)
      if (name === 'status.js') continue;
      expect(createV1PathPattern('').test(result.output), `${name} still has a V1 path`).toBe(false);
    }
    expect(results['psd-jobs.js']!.result.changed).toBe(false);
    expect(results['config.ts']!.result.output).toContain('/v2/remove-background');
  });

  it('leaves a coded TODO for each thing V2 cannot do', () => {
    const codes = Object.fromEntries(
      Object.entries(results).map(([n, { result }]) => [n, result.todos.map((t) => t.code)]),
    );
    expect(codes).toMatchObject({
      'cutout.ts': ['RB110'],
      'masks.js': ['RB110', 'RB120'],
      'thumbnails.mjs': ['RB110', 'RB220'],
      'status.js': ['RB260'],
    });
  });

  it('converges: a second run over the migrated project changes nothing', () => {
    const migrated = Object.entries(results).map(([name, { result }]) => ({
      file: join(SRC, name),
      source: result.output,
    }));
    for (const { file, source } of migrated) {
      const again = migrateSource(source, { filename: file });
      expect(again.output, file).toBe(source);
    }
  });
});
