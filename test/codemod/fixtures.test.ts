import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/analyze/js/plan/apply-edits.ts';
import { collectProjectConstants } from '../../src/analyze/project/collect-project-constants.ts';
import { collectSdkProject } from '../../src/analyze/sdk/collect-sdk-project.ts';
import { migrateSource } from '../../src/analyze/js/migrate-source.ts';
import type { MigrateResult, MigrationEdit, ProjectContext } from '../../src/analyze/js/types.ts';
import { findTodoMarkers } from '../../packages/runtime/src/mapping/todo-marker.ts';
import { listFixturePairs, type FixturePair } from './fixture-pairs.ts';
import { SHELL_KINDS } from '../../src/analyze/shell/shell-kinds.ts';

// Shell and Markdown pairs belong to the shell surface (test/analyze/shell-fixtures.test.ts).
const pairs = listFixturePairs().filter((p) => !(p.ext in SHELL_KINDS));

/**
 * Fixtures under a `project-*` / `sdk-project*` feature are migrated together: their constants and SDK
 * wrapper modules are collected first, from the same side (a re-run sees the migrated files).
 */
function projectFor(pair: FixturePair, side: 'input' | 'output'): ProjectContext | undefined {
  if (!pair.feature.startsWith('project-') && !pair.feature.startsWith('sdk-project')) return undefined;
  const members = pairs.filter((p) => p.feature === pair.feature);
  const files = members.map((p) => (side === 'input' ? p.inputPath : p.outputPath));
  const collected = collectProjectConstants(files);
  const constants: ProjectContext['constants'] = {};
  for (const [file, values] of Object.entries(collected.constants))
    constants[file.replace(`.${side}.`, '.')] = values;
  const sdk = collectSdkProject(
    members.map((p) => ({
      filename: p.inputPath.replace('.input.', '.'),
      source: (side === 'input' ? p.input : p.output) ?? '',
    })),
  );
  return { constants, sdk };
}

/**
 * Runs the codemod on a fixture; the project context is collected from the same side (a re-run sees migrated
 * files). Pairs under `compat/` are migrated with `--strategy compat` (v1Fetch), the rest natively.
 */
function run(pair: FixturePair, source: string, side: 'input' | 'output' = 'input'): MigrateResult {
  return migrateSource(source, {
    filename: pair.inputPath.replace('.input.', '.'),
    project: projectFor(pair, side),
    ...(pair.feature === 'compat' ? { strategy: 'compat' as const } : {}),
  });
}

/**
 * The output is exactly the input with the edits spliced in, and every line-diff hunk (what a reviewer sees)
 * lies on lines the edits touch: nothing outside the rewritten nodes moved.
 */
function assertOnlyEditedBytesChanged(input: string, output: string, edits: readonly MigrationEdit[]): void {
  expect(applyEdits(input, edits)).toBe(output);
  const spans = edits.map((e) => ({
    start: input.lastIndexOf('\n', e.start - 1) + 1,
    end: input.indexOf('\n', e.end) === -1 ? input.length : input.indexOf('\n', e.end) + 1,
  }));
  const covered = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (!spans.some((sp) => sp.start <= i && i < sp.end)) return false;
    return true;
  };
  let offset = 0;
  for (const part of diffLines(input, output)) {
    if (part.removed) {
      const end = offset + part.value.length;
      expect(
        covered(offset, end),
        `removed ${JSON.stringify(part.value)} at ${offset} outside the edits`,
      ).toBe(true);
      offset = end;
    } else if (part.added) {
      const inside = spans.some((sp) => sp.start <= offset && offset <= sp.end);
      expect(inside, `added ${JSON.stringify(part.value)} at ${offset} outside the edits`).toBe(true);
    } else offset += part.value.length;
  }
}

describe('codemod fixtures', () => {
  it('has enough fixtures', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    const exts = new Set(pairs.map((p) => p.ext.replace(/^d\./, '')));
    for (const ext of ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts']) expect(exts).toContain(ext);
  });

  describe.each(pairs.map((p) => [p.name, p] as const))('%s', (_name, pair) => {
    const result = run(pair, pair.input);

    it('produces the expected output', () => {
      expect(pair.output, `missing ${pair.outputPath}`).toBeDefined();
      expect(result.output).toBe(pair.output);
      expect(result.changed).toBe(pair.output !== pair.input);
    });

    it('is idempotent', () => {
      const again = run(pair, result.output, 'output');
      expect(again.output).toBe(result.output);
      expect(again.changed).toBe(false);
    });

    it('changes only bytes inside the reported edit ranges', () => {
      assertOnlyEditedBytesChanged(pair.input, result.output, result.edits);
    });

    it('reports every marker in the output with its line', () => {
      const markers = findTodoMarkers(result.output);
      expect(result.todos).toHaveLength(markers.length);
      const lines = result.output.split('\n');
      for (const todo of result.todos) {
        expect(lines[todo.line - 1]).toContain(`rb-migrate ${todo.code}: ${todo.message}`);
      }
    });
  });
});
