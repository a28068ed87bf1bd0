import { MAPPING } from 'rb-migrate-runtime/mapping';

/**
 * Top-level keys that make an object a V1 request body: the roots of the mapping rows that carry the
 * image in and the result out (`input`, `output`), read from the mapping.
 */
export const V1_BODY_ROOTS: ReadonlySet<string> = new Set(
  MAPPING.filter((r) => r.action.kind === 'move' || r.action.kind === 'deliver').map(
    (r) => r.v1.split('.')[0]!,
  ),
);
