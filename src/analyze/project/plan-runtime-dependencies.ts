import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';
import { isInside } from '../../files/is-inside.ts';
import type { Site } from '../model.ts';

/** A file whose rewrite makes it import packages it did not import before (PlannedRewrite.requires). */
export interface RequiringFile {
  absolute: string;
  /** The directory the file was discovered under: its package.json is looked for up to here, not above. */
  root: string;
  requires?: readonly string[];
}

/** One package.json that must declare the runtime package, and the files that make it so. */
export interface RuntimeDependencyPlan {
  packageJson: string;
  importers: string[];
  /** The package.json before and after (formatting kept: only the one entry is inserted). */
  before: string;
  after: string;
  /** What check reports (RB280, fixable), on the `dependencies` key (or the opening brace) of `before`. */
  site: Site;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

/**
 * The package.json edits a rewrite implies: every file that will import rb-migrate-runtime needs it in the
 * `dependencies` of its nearest package.json (up to its discovery root). A package.json that already names it
 * in any dependency field is left alone; one that cannot be parsed too (its importers are listed in `missing`).
 * The same plans serve check (RB280) and rewrite (written in the same commit group as the importers).
 */
export function planRuntimeDependencies(files: readonly RequiringFile[]): {
  plans: RuntimeDependencyPlan[];
  /** Importers with no package.json inside their root, or whose package.json is not an object. */
  missing: string[];
} {
  const byPackage = new Map<string, string[]>();
  const missing: string[] = [];
  for (const f of files) {
    if (!f.requires?.includes(RUNTIME_MODULE)) continue;
    const found = findNearestPackageJson(dirname(f.absolute), f.root);
    if (found) (byPackage.get(found) ?? byPackage.set(found, []).get(found)!).push(f.absolute);
    else missing.push(f.absolute);
  }
  const plans: RuntimeDependencyPlan[] = [];
  for (const [packageJson, importers] of [...byPackage].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = readFileSync(packageJson, 'utf8');
    const tree = parseTree(before);
    if (tree?.type !== 'object') {
      missing.push(...importers);
      continue;
    }
    if (DEPENDENCY_FIELDS.some((field) => findNodeAtLocation(tree, [field, RUNTIME_MODULE]))) continue;
    const indent = /^[ \t]+(?=")/m.exec(before)?.[0] ?? '  ';
    const eol = before.includes('\r\n') ? '\r\n' : '\n';
    const after = applyEdits(
      before,
      modify(before, ['dependencies', RUNTIME_MODULE], `^${readRuntimeVersion()}`, {
        formattingOptions: {
          insertSpaces: !indent.startsWith('\t'),
          tabSize: indent.startsWith('\t') ? 1 : indent.length,
          eol,
        },
        // npm keeps dependencies sorted by name: insert in order.
        getInsertionIndex: (names) => names.filter((n) => n < RUNTIME_MODULE).length,
      }),
    );
    importers.sort();
    const key = findNodeAtLocation(tree, ['dependencies'])?.parent?.children?.[0];
    const start = key?.offset ?? tree.offset;
    const end = key ? key.offset + key.length : tree.offset + 1;
    const lines = before.slice(0, start).split('\n');
    const shown = relative(dirname(packageJson), importers[0]!).split(sep).join('/');
    plans.push({
      packageJson,
      importers,
      before,
      after,
      site: {
        kind: 'other',
        rule: 'RB280',
        start,
        end,
        line: lines.length,
        column: lines[lines.length - 1]!.length + 1,
        decision: { kind: 'migrate' },
        group: `runtime-dependency:${packageJson}`,
        value: importers.length > 1 ? `${shown} (and ${importers.length - 1} more)` : shown,
      },
    });
  }
  return { plans, missing: missing.sort() };
}

function findNearestPackageJson(from: string, root: string): string | undefined {
  for (let dir = from; isInside(dir, root); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  return undefined;
}

/** The version of the runtime package this rb-migrate ships with (it depends on it). */
function readRuntimeVersion(): string {
  const require = createRequire(import.meta.url);
  return (require(`${RUNTIME_MODULE}/package.json`) as { version: string }).version;
}
