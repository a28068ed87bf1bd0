import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateSource } from '../../src/analyze/js/index.ts';
import { findTodoMarkers } from '../../packages/runtime/src/mapping/todo-marker.ts';
import { runSdkPlan } from '../sdk/apply-sdk-plan.ts';

const CODE = /\.(?:[mc]?[jt]s|tsx|jsx)$/;

export interface Migration {
  /** How the codemod ran: the built `rb-migrate rewrite` CLI, or migrateSource in-process. */
  via: 'cli' | 'library';
  /** Files whose text changed (relative paths). */
  changed: string[];
  /** Codes of every rb-migrate TODO marker left in the copy. */
  todoCodes: string[];
  /** Edits the extra SDK-planner pass still made after the codemod (0 once the codemod includes it). */
  sdkPassEdits: number;
}

function listCode(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return listCode(full, base);
    return CODE.test(name) ? [full.slice(base.length + 1)] : [];
  });
}

/**
 * Migrates the app copy in `dir` in place: `rb-migrate rewrite --strategy <strategy>` (the built CLI `cli` when given, else
 * migrateSource file by file), then the SDK planner (src/analyze/sdk) once more on every code file: since
 * migrateSource calls the planner, that pass must plan nothing (the harness asserts it).
 */
export function migrateCopy(
  dir: string,
  cli: string | undefined,
  strategy: 'native' | 'compat' = 'native',
): Migration {
  const before = new Map(listCode(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  let via: Migration['via'] = 'library';
  if (cli && existsSync(cli)) {
    const run = spawnSync(
      process.execPath,
      [
        cli,
        'rewrite',
        '.',
        '--strategy',
        strategy,
        '--prettier',
        'off',
        '--workers',
        '1',
        '--format',
        'json',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1' },
      },
    );
    // 0: migrated, 1: TODOs left; anything else is a harness failure
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`rb-migrate rewrite failed (${run.status}): ${run.stderr}`);
    via = 'cli';
  } else {
    for (const [file, source] of before) {
      const result = migrateSource(source, { filename: join(dir, file), strategy });
      if (result.changed) writeFileSync(join(dir, file), result.output);
    }
  }
  let sdkPassEdits = 0;
  for (const file of listCode(dir)) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    const plan = runSdkPlan(source, { filename: path });
    sdkPassEdits += plan.edits.length;
    if (plan.edits.length > 0) writeFileSync(path, plan.output);
  }
  const changed: string[] = [];
  const todoCodes: string[] = [];
  for (const file of listCode(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (text !== before.get(file)) changed.push(file);
    todoCodes.push(...findTodoMarkers(text).map((m) => m.code));
  }
  return { via, changed, todoCodes, sdkPassEdits };
}
