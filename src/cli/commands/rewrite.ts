import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { POOL_MIN_FILES } from '../../files/create-worker-pool.ts';
import { REWRITE_KINDS } from '../../analyze/rewrite-kinds.ts';
import type { PrettierMode } from '../../rewrite/plan-file-rewrite.ts';
import { withDiscoveryOptions } from '../with-discovery-options.ts';

export interface RewriteArgs {
  paths: string[];
  dry: boolean;
  diff: boolean;
  format: 'text' | 'json';
  prettier: PrettierMode;
  allowDirty: boolean;
  extensions?: string;
  ignore: string[];
  gitignore: boolean;
  shard?: string;
  /** As typed (validated by readWorkersOption). */
  workers?: string;
  verbose: boolean;
  strategy: 'native' | 'compat';
  acceptLoss: boolean;
  baseline: string;
}

/** Where `rewrite --accept-loss` records accepted losses unless --baseline names another file. */
export const DEFAULT_BASELINE = '.rb-migrate-baseline.json';

export const REWRITE_EXIT_HELP = `Exit codes:
  0  everything migrated, or nothing to migrate (the number of files scanned is printed)
  1  TODO markers/notes left for a human, or some files failed (unparsable, unwritable, too large,
     changed during rewrite, outside the roots, hard-linked), or a group of files is still half-written
  2  usage error: missing path, bad flag, every path named was skipped, or a file to write has uncommitted
     changes or is untracked (without --allow-dirty)`;

export const rewriteCommand: CommandModule<object, RewriteArgs> = {
  command: 'rewrite [paths..]',
  describe:
    'Migrate V1 usage in place: JS/TS (codemod), JSON bodies and URLs, curl in shell scripts and Markdown',
  builder: (yargs: Argv) =>
    withDiscoveryOptions(
      yargs
        .option('dry', {
          type: 'boolean',
          default: false,
          describe: 'write nothing (combine with --diff to preview)',
        })
        .option('diff', {
          type: 'boolean',
          default: false,
          describe: 'print a unified diff of every change (coloured on a TTY)',
        })
        .option('format', {
          choices: ['text', 'json'] as const,
          default: 'text' as const,
          describe: 'summary format',
        })
        .option('prettier', {
          choices: ['auto', 'on', 'off'] as const,
          default: 'auto' as const,
          describe:
            "format changed files with the project's own Prettier (none installed: never), only files that were Prettier-clean before: auto = only with a Prettier config file, on = defaults without one",
        })
        .option('strategy', {
          choices: ['native', 'compat'] as const,
          default: 'native' as const,
          describe:
            'native = V2 code (URL, body, statusUrl); compat = keep V1 code running through the compatibility layer: fetch( becomes v1Fetch( from rb-migrate-runtime on V1 requests and their status polls (JS/TS fetch only; axios and the rest stay native). See docs/runtime.md',
        })
        .option('accept-loss', {
          type: 'boolean',
          default: false,
          describe:
            'migrate V1 bodies in strict JSON (.json, no comment possible) even when V2 loses something (RB344: output.href is not written by V2, input host off the allowlist, ...); each loss is recorded in --baseline, which check --baseline lists as info',
        })
        .option('baseline', {
          type: 'string',
          default: DEFAULT_BASELINE,
          requiresArg: true,
          describe:
            'the check baseline file --accept-loss records accepted losses in (kept, never duplicated)',
        })
        .option('allow-dirty', {
          type: 'boolean',
          default: false,
          describe: 'write even when the git work tree has uncommitted changes',
        }),
      Object.keys(REWRITE_KINDS).join(','),
    )
      .option('workers', {
        type: 'string',
        requiresArg: true,
        describe: `threads that rewrite, this one included: files are migrated on worker threads while the main thread reads; 1 = in-band (default: ${availableParallelism()}, the available cores, from ${POOL_MIN_FILES} files; in-band below)`,
      })
      .option('verbose', {
        alias: 'v',
        type: 'boolean',
        default: false,
        describe: 'list unchanged and skipped files too',
      })
      .example('$0 rewrite --dry --diff', 'preview every change in the current directory')
      .example('$0 rewrite src docs/api.md', 'migrate a directory and one file')
      .example('$0 rewrite --format json > migration.json', 'machine-readable summary with TODOs per file')
      .example(
        '$0 rewrite --strategy compat src',
        'route V1 fetch calls through v1Fetch (no code change beyond the name)',
      )
      .example(
        '$0 rewrite --accept-loss && $0 check --baseline .rb-migrate-baseline.json',
        'migrate strict-JSON bodies that lose output.href too, record the losses, and list them in check',
      )
      .example('$0 rewrite --shard 2/4 --allow-dirty', 'one job of a 4-way CI matrix')
      .epilogue(REWRITE_EXIT_HELP) as unknown as Argv<RewriteArgs>,
  // Loaded on use: `rb-migrate --help` or another command never pays for the rewriters.
  handler: async (args) => {
    const { runRewrite } = await import('./run-rewrite.ts');
    process.exitCode = await runRewrite(args);
  },
};
