import { MAPPING_BY_PATH, V1_CONTAINERS, type MappingRow } from '../spec/mapping.ts';

export interface Field {
  path: string;
  value: unknown;
  /** The mapping row for a known field; undefined for an unknown one. */
  row?: MappingRow;
}

/**
 * Walks a V1 body (own keys only) and returns every mapped leaf and every unknown key, in document order.
 * Known containers are descended into; an unknown key is returned whole, whatever it holds.
 */
export function collectFields(body: unknown, prefix = ''): Field[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const fields: Field[] = [];
  for (const key of Object.keys(body)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = (body as Record<string, unknown>)[key];
    const row = MAPPING_BY_PATH.get(path);
    if (row) fields.push({ path, value, row });
    else if (V1_CONTAINERS.has(path)) fields.push(...collectFields(value, path));
    else fields.push({ path, value });
  }
  return fields;
}
