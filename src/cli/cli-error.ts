import { EXIT, type ExitCode } from './exit-codes.ts';

/** An error the CLI prints as one clear line and turns into an exit code (default: usage error, 2). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.USAGE,
  ) {
    super(message);
  }
}
