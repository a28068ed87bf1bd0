import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { POOL_MIN_FILES } from '../../files/create-worker-pool.ts';
import { withDiscoveryOptions } from '../with-discovery-options.ts';
import type { Severity } from 'rb-migrate-runtime/mapping';

export interface CheckArgs {
  paths: string[];
  format: 'text' | 'json' | 'sarif' | 'github';
  output?: string;
  failOn: Severity;
  baseline?: string;
  updateBaseline: boolean;
  extensions?: string;
  ignore: string[];
  gitignore: boolean;
  shard?: string;
  /** As typed (validated by readWorkersOption). */
  workers?: string;
  verbose: boolean;
  cache: boolean;
}

export const CHECK_EXIT_HELP = `Exit codes:
  0  no finding at or above --fail-on (also when no file was scanned; this is said on stderr)
  1  findings at or above --fail-on (new ones only, with --baseline)
  2  usage error: missing path, bad flag, unreadable or invalid baseline`;

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check [paths..]',
  describe: 'CI gate: report leftover V1 Remove Background usage (code, configs, docs, TODO markers)',
  builder: (yargs: Argv) =>
    withDiscoveryOptions(
      yargs
        .option('format', {
          choices: ['text', 'json', 'sarif', 'github'] as const,
          default: 'text' as const,
          describe: 'report format',
        })
        .option('output', {
          alias: 'o',
          type: 'string',
          describe: 'write the report to this file instead of stdout',
        })
        .option('fail-on', {
          choices: ['error', 'warning', 'info'] as const,
          default: 'warning' as const,
          describe: 'lowest severity that fails the run',
        })
        .option('baseline', {
          type: 'string',
          describe: 'baseline file: only findings not recorded in it count',
        })
        .option('update-baseline', {
          type: 'boolean',
          default: false,
          describe: 'record every current finding in --baseline and exit 0',
        }),
      'every text file',
    )
      .option('workers', {
        type: 'string',
        requiresArg: true,
        describe: `threads that scan, this one included; 1 = in-band (default: ${availableParallelism()}, the available cores, from ${POOL_MIN_FILES} files; in-band below)`,
      })
      .option('cache', {
        type: 'boolean',
        default: false,
        describe:
          'also write the analysis to node_modules/.cache/rb-migrate/analysis.json for the ESLint rule (docs/eslint.md)',
      })
      .option('verbose', {
        alias: 'v',
        type: 'boolean',
        default: false,
        describe: 'list skipped files and the effective settings',
      })
      .example('$0 check', 'scan the current directory, text report')
      .example('$0 check --format sarif -o rb-migrate.sarif', 'SARIF 2.1.0 for GitHub code scanning')
      .example(
        '$0 check --format github --fail-on error',
        'annotations in a GitHub Actions log; fail on errors only',
      )
      .example('$0 check --baseline .rb-migrate-baseline.json --update-baseline', "accept today's findings")
      .example('$0 check --baseline .rb-migrate-baseline.json', 'fail only on new V1 usage')
      .example('$0 check --cache', 'also leave the whole-project analysis for the ESLint rule')
      .epilogue(
        `Suppress a finding with a comment on the same line or the line above:\n  // rb-migrate-ignore RB306: <reason>   (a missing reason is reported as RB308)\n\n${CHECK_EXIT_HELP}`,
      ) as unknown as Argv<CheckArgs>,
  // Loaded on use: `rb-migrate --help` or another command never pays for the scanner.
  handler: async (args) => {
    const { runCheck } = await import('./run-check.ts');
    process.exitCode = await runCheck(args);
  },
};
