import jscodeshift from 'jscodeshift';
import { chooseParser } from '../../src/analyze/ast/choose-parser.ts';
import { planSdkMigration } from '../../src/analyze/sdk/index.ts';
import type { SdkMigrationPlan, SdkPlanOptions } from '../../src/analyze/sdk/index.ts';
import type { MigrationEdit } from '../../src/analyze/js/types.ts';

/** Test harness: parse once (parser by extension, as migrateSource does), plan, and apply the edits. */
export function runSdkPlan(source: string, options: SdkPlanOptions): SdkMigrationPlan & { output: string } {
  const parser = chooseParser(options.filename);
  const j = jscodeshift.withParser(parser);
  const root = j(parser.parse(source));
  const plan = planSdkMigration(j, root, source, options);
  return { ...plan, output: applyEdits(source, plan.edits) };
}

/** Applies sorted, non-overlapping edits; throws on overlap so a planner bug cannot hide. */
export function applyEdits(source: string, edits: readonly MigrationEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start} (${e.kind})`);
    out += source.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + source.slice(pos);
}
