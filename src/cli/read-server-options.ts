import { CliError } from './cli-error.ts';

/**
 * Validates the listening flags `emulate` and `gateway` share: `--port` 0..65535 (0 picks a free port) and
 * `--max-body` a whole number of bytes >= 1 (unset: the server's default).
 */
export function readServerOptions(args: { port: number; maxBody?: number }): {
  port: number;
  maxBodyBytes?: number;
} {
  if (!(Number.isInteger(args.port) && args.port >= 0 && args.port <= 65535))
    throw new CliError(`--port takes 0..65535, got ${args.port}`);
  if (args.maxBody !== undefined && !(Number.isInteger(args.maxBody) && args.maxBody >= 1))
    throw new CliError(`--max-body takes an integer >= 1, got ${args.maxBody}`);
  return { port: args.port, ...(args.maxBody === undefined ? {} : { maxBodyBytes: args.maxBody }) };
}
