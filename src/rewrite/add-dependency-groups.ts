import { relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { RuntimeDependencyPlan } from '../analyze/project/plan-runtime-dependencies.ts';
import type { PlannedFile, PlannedGroup } from './commit-groups.ts';

/**
 * Puts each package.json edit (planRuntimeDependencies) into one commit group with every file that makes it
 * necessary: the import and its dependency are written together or not at all. A package.json the rewrite
 * changes anyway is left out (returned in `conflicts`, so the caller says so). Groups keep path order.
 */
export function addDependencyGroups(
  groups: readonly PlannedGroup[],
  plans: readonly RuntimeDependencyPlan[],
  options: { cwd: string; dry: boolean; diff: boolean },
): { groups: PlannedGroup[]; added: RuntimeDependencyPlan[]; conflicts: RuntimeDependencyPlan[] } {
  let out: PlannedFile[][] = groups.map((g) => [...g]);
  const added: RuntimeDependencyPlan[] = [];
  const conflicts: RuntimeDependencyPlan[] = [];
  for (const dep of plans) {
    if (
      out.some((g) =>
        g.some((p) => p.file.absolute === dep.packageJson && p.plan.outcome.status === 'changed'),
      )
    ) {
      conflicts.push(dep);
      continue;
    }
    const importers = new Set(dep.importers);
    const members = out.filter((g) => g.some((p) => importers.has(p.file.absolute)));
    if (members.length === 0) continue;
    const path = relative(options.cwd, dep.packageJson).split(sep).join('/');
    const manifest: PlannedFile = {
      file: { path, absolute: dep.packageJson, root: members[0]![0]!.file.root },
      plan: {
        outcome: {
          path,
          status: 'changed',
          todos: [],
          ...(options.diff
            ? {
                diff: createTwoFilesPatch(`a/${path}`, `b/${path}`, dep.before, dep.after, '', '', {
                  context: 3,
                }),
              }
            : {}),
        },
        ...(options.dry
          ? {}
          : { bytes: Buffer.from(dep.after, 'utf8'), read: Buffer.from(dep.before, 'utf8') }),
      },
    };
    // An unchanged plan of the package.json itself (a candidate with nothing to rewrite) gives way.
    const merged = [...members.flat(), manifest];
    const first = out.indexOf(members[0]!);
    out = out
      .map((g, i) => (i === first ? merged : g))
      .filter((g) => !members.includes(g) || g === merged)
      .map((g) => (g === merged ? g : g.filter((p) => p.file.absolute !== dep.packageJson)))
      .filter((g) => g.length > 0);
    added.push(dep);
  }
  return { groups: out, added, conflicts };
}
