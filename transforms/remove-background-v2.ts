/**
 * jscodeshift transform: Adobe Remove Background V1 (/sensei/cutout, /sensei/mask) → V2 (/v2/remove-background).
 *
 *   npx jscodeshift -t transforms/remove-background-v2.ts src/
 *   npx jscodeshift -t transforms/remove-background-v2.ts --strategy=compat src/   (v1Fetch / v1AxiosAdapter)
 *
 * A thin shell over migrateSource (src/analyze/js): it picks the parser from the file extension itself, edits
 * the original text (no reprinting), resolves constants imported from sibling modules (read from disk), and
 * reports every coded TODO through api.report.
 * Returns undefined for skipped files, the unchanged source when nothing changed, the new source otherwise.
 */
import type { API, FileInfo, Options } from 'jscodeshift';
import { foldImportedConstants } from '../src/analyze/project/fold-imported-constants.ts';
import { hasCandidate } from '../src/analyze/js/has-candidate.ts';
import { migrateSource } from '../src/analyze/js/migrate-source.ts';
import type { ProjectContext } from '../src/analyze/js/types.ts';

export default function transformer(file: FileInfo, api: API, options: Options): string | undefined {
  // A programmatic caller may pass the whole project's context; otherwise constants imported from sibling
  // modules are read from disk, so `CUTOUT_URL` from './config' is resolved here too.
  const project =
    (options.project as ProjectContext | undefined) ??
    (hasCandidate(file.source) ? foldImportedConstants(file.path, file.source) : undefined);
  const strategy = readStrategy(options.strategy);
  const result = migrateSource(file.source, { filename: file.path, project, strategy });
  if (result.skipped) return undefined;
  for (const todo of result.todos) api.report(`${file.path}:${todo.line} ${todo.code}: ${todo.message}`);
  return result.changed ? result.output : file.source;
}

/** `--strategy=native|compat` (as `rb-migrate rewrite --strategy`); anything else is a usage error. */
function readStrategy(value: unknown): 'native' | 'compat' {
  if (value === undefined || value === 'native') return 'native';
  if (value === 'compat') return 'compat';
  throw new Error(`--strategy must be native or compat, not ${JSON.stringify(value)}`);
}
