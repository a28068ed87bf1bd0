import { CliError } from './cli-error.ts';

/** Validates --workers (check and rewrite): a whole number >= 1, or unset for the default. */
export function readWorkersOption(workers: number | undefined): number | undefined {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new CliError(`--workers takes a whole number >= 1, got ${workers}`);
  return workers;
}
