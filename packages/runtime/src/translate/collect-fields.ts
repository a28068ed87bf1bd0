import { V1_FIELD_TREE, type FieldNode, type MappingRow } from '../mapping/mapping.ts';

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
export function collectFields(body: unknown, node: FieldNode = V1_FIELD_TREE, fields: Field[] = []): Field[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return fields;
  for (const key of Object.keys(body)) {
    const value = (body as Record<string, unknown>)[key];
    const known = node.children?.get(key);
    if (known?.row) fields.push({ path: known.path, value, row: known.row });
    else if (known) collectFields(value, known, fields);
    else fields.push({ path: node.path === '' ? key : `${node.path}.${key}`, value, row: undefined });
  }
  return fields;
}
