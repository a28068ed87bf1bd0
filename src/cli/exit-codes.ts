/** Exit codes shared by every rb-migrate command (documented in README and --help). */
export const EXIT = {
  /** Success: translated / migrated / nothing at or above the threshold. */
  OK: 0,
  /** Findings: error diagnostics (or warnings with --strict), TODOs left, files failed, checker findings. */
  FINDINGS: 1,
  /** Usage error, unreadable or invalid input. */
  USAGE: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODES_HELP = `Exit codes:
  0  success (translated, migrated, or nothing at or above the threshold)
  1  findings: error diagnostics (warnings too with --strict), TODOs left, failed files, check findings
  2  usage error, unreadable path, or invalid input`;
