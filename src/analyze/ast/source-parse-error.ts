/** Thrown by migrateSource when the file cannot be parsed; the caller reports it and leaves the file alone. */
export class SourceParseError extends Error {
  override readonly name = 'SourceParseError';
  constructor(
    readonly filename: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    message: string,
  ) {
    super(`${filename}${line !== undefined ? `:${line}:${column ?? 0}` : ''}: ${message}`);
  }
}
