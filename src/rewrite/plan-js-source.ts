import type { SharedUse, Site } from '../analyze/model.ts';
import { deriveJsSites } from '../analyze/js/derive-js-sites.ts';
import { lineAt } from '../analyze/line-at.ts';
import type { MigrateOptions, MigrateResult, MigrationTodo, ProjectContext } from '../analyze/js/types.ts';
import { findTodoMarkers } from 'rb-migrate-runtime/mapping';

/** What one JS/TS text's plan is: the text rewrite writes (before Prettier), its TODOs and its sites. */
export type JsPlan =
  | { skipped: string }
  | {
      skipped?: undefined;
      output: string;
      todos: MigrationTodo[];
      sites: Site[];
      /** The exported V1 URL constants the text defines or sends, and whether it migrated with them. */
      shared?: SharedUse[];
    };

/**
 * Plans one decoded JS/TS text with the codemod: the step `rewrite` (planFileRewrite) and the ESLint rule
 * share, so the rule's fix is what rewrite writes. `migrate` is migrateSource (loaded lazily by the CLI,
 * statically by the ESLint rule, which must stay synchronous). Sites are grouped under `path`.
 */
export function planJsSource(
  migrate: (source: string, options: MigrateOptions) => MigrateResult,
  text: string,
  file: { path: string; absolute: string },
  options: { project?: ProjectContext; strategy?: 'native' | 'compat' },
): JsPlan {
  const result = migrate(text, {
    filename: file.absolute,
    ...(options.project ? { project: options.project } : {}),
    ...(options.strategy ? { strategy: options.strategy } : {}),
  });
  if (result.skipped && !result.changed && !result.skipped.startsWith('no V1'))
    return { skipped: result.skipped };
  const output = result.output;
  // Markers left by an earlier run are still TODOs, even when this run has nothing to rewrite.
  const todos =
    result.todos.length > 0
      ? result.todos
      : findTodoMarkers(output).map((m) => ({
          line: lineAt(output, m.index),
          code: m.code,
          message: m.message,
        }));
  return {
    output,
    todos,
    sites: deriveJsSites(text, result, file.path),
    ...(result.shared ? { shared: result.shared } : {}),
  };
}
