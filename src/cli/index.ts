#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ValidationError } from 'rb-migrate-runtime/translate';
import { CliError } from './cli-error.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts';
import { describeVersions } from './describe-versions.ts';

const NO_COMMAND = 'name a command (see the list above)';

async function main(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName('rb-migrate')
    .usage(
      '$0 <command> [options]\n\nMigrate Adobe Remove Background V1 (/sensei/cutout, /sensei/mask) to V2 (/v2/remove-background).',
    )
    .command(COMMANDS)
    .demandCommand(1, NO_COMMAND)
    .recommendCommands()
    .strict()
    // Reading the engines' package.json files is only worth it when the version is asked for.
    .version(argv.includes('--version') ? describeVersions() : 'rb-migrate')
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .epilogue(EXIT_CODES_HELP)
    .fail((message, error, parser) => {
      if (error) throw error;
      // Bare `rb-migrate`: show the commands the message refers to.
      if (message === NO_COMMAND) parser.showHelp((help) => process.stderr.write(`${help}\n\n`));
      process.stderr.write(`rb-migrate: ${message}\nRun rb-migrate --help for usage.\n`);
      process.exit(EXIT.USAGE);
    });
  await cli.parseAsync();
}

main(hideBin(process.argv)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`rb-migrate: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (error instanceof ValidationError) {
    process.stderr.write(`rb-migrate: ${error.message}\n`);
    process.exitCode = EXIT.USAGE;
  } else {
    process.stderr.write(`rb-migrate: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = EXIT.USAGE;
  }
});
