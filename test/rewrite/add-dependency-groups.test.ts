import { describe, expect, it } from 'vitest';
import type { RuntimeDependencyPlan } from '../../src/analyze/project/plan-runtime-dependencies.ts';
import { addDependencyGroups } from '../../src/rewrite/add-dependency-groups.ts';
import type { PlannedFile } from '../../src/rewrite/commit-groups.ts';

const planned = (name: string, status: 'changed' | 'unchanged' = 'changed'): PlannedFile => ({
  file: { path: name, absolute: `/p/${name}`, root: '/p' },
  plan: { outcome: { path: name, status, todos: [] } },
});
const dependency: RuntimeDependencyPlan = {
  packageJson: '/p/package.json',
  importers: ['/p/a.js', '/p/c.js'],
  before: '{}\n',
  after: '{ "dependencies": { "rb-migrate-runtime": "^0.1.0" } }\n',
  site: {
    kind: 'other',
    rule: 'RB280',
    start: 0,
    end: 1,
    line: 1,
    column: 1,
    decision: { kind: 'migrate' },
    group: 'runtime-dependency:/p/package.json',
  },
};

describe('addDependencyGroups', () => {
  it('puts the package.json and every file that needs it into one group (all or nothing), in path order', () => {
    const { groups, added } = addDependencyGroups(
      [[planned('a.js')], [planned('b.js')], [planned('c.js')], [planned('package.json', 'unchanged')]],
      [dependency],
      { cwd: '/p', dry: false, diff: true },
    );
    expect(groups.map((g) => g.map((p) => p.file.path))).toEqual([
      ['a.js', 'c.js', 'package.json'],
      ['b.js'],
    ]);
    const manifest = groups[0]![2]!;
    expect(Buffer.from(manifest.plan.bytes!).toString()).toBe(dependency.after);
    expect(Buffer.from(manifest.plan.read!).toString()).toBe(dependency.before);
    expect(manifest.plan.outcome.diff).toContain('+{ "dependencies": { "rb-migrate-runtime": "^0.1.0" } }');
    expect(added).toEqual([dependency]);
  });

  it('writes nothing in a dry run, and leaves a package.json the rewrite changes anyway to the user', () => {
    const dry = addDependencyGroups([[planned('a.js')]], [dependency], { cwd: '/p', dry: true, diff: false });
    expect(dry.groups[0]!.map((p) => p.plan.bytes)).toEqual([undefined, undefined]);
    const busy = addDependencyGroups([[planned('a.js')], [planned('package.json')]], [dependency], {
      cwd: '/p',
      dry: false,
      diff: false,
    });
    expect(busy.groups.map((g) => g.map((p) => p.file.path))).toEqual([['a.js'], ['package.json']]);
    expect(busy.conflicts).toEqual([dependency]);
  });
});
