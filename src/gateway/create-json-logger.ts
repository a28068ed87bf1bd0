import { redactSecrets } from 'rb-migrate-runtime/mapping';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, msg: string, fields?: Record<string, unknown>) => void;

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Structured logs: one JSON object per line (`time`, `level`, `msg`, fields), the whole line passed through
 * the project's redaction (bearer tokens, x-api-key values, presigned signatures, Dropbox link tokens).
 */
export function createJsonLogger(write: (line: string) => void, minLevel: LogLevel = 'info'): Logger {
  return (level, msg, fields = {}) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    write(`${redactSecrets(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }))}\n`);
  };
}
