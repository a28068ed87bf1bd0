import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';

/** Whether the mapping lets a value be unknown: it moves verbatim, or is dropped/delivered whatever it is. */
export function allowsUnknownValue(path: string): boolean {
  const row = MAPPING_BY_PATH.get(path);
  if (!row) return true;
  if (row.action.kind === 'move') return true;
  if (row.action.kind === 'lookup' || row.equivalentWhen) return false;
  return row.checks.every((c) => c.when.kind === 'always');
}
