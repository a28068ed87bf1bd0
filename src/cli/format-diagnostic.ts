import type { Diagnostic } from 'rb-migrate-runtime/translate';

/** `<severity> <code> <path>: <message>`: the one-line text form of a translator diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.path}: ${d.message}`;
}
