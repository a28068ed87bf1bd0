/** The part of an output stream colour depends on (process.stdout / process.stderr, or a fake in tests). */
export interface ColorStream {
  isTTY?: boolean;
}

/**
 * Whether to colour what goes to `stream`, decided per stream: `NO_COLOR` (non-empty) wins; otherwise
 * `FORCE_COLOR` decides when set (`0`/`false` off, anything else, e.g. `1`, `2`, `true` or empty, on, even
 * through a pipe); otherwise colour only on a TTY whose `TERM` is not `dumb`. Unlike picocolors' own
 * detection, `CI` alone never turns colour on.
 */
export function decideColor(stream: ColorStream, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}
