import { CliError } from './cli-error.ts';

/**
 * Validates --workers (check and rewrite) as typed: a whole number >= 1, or unset for the default. The
 * message quotes what was given (`--workers abc`), not a parsed NaN.
 */
export function readWorkersOption(workers: string | number | undefined): number | undefined {
  if (workers === undefined) return undefined;
  const text = String(workers).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new CliError(
      `--workers takes a whole number >= 1 (the threads to use, this one included), got '${text}'`,
    );
  return Number(text);
}
