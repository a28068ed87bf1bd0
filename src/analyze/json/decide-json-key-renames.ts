import type { Node } from 'jsonc-parser';
import { V1_PATHS, V1_SEGMENT, formatMessage, RULES_BY_CODE } from 'rb-migrate-runtime/mapping';
import { V1_SHAPE_PATHS } from '../v1-shape-paths.ts';

/** A V1 property key (an OpenAPI path) that must stay V1, with its whole value (the operation). */
export interface LeftJsonKey {
  /** The property node (key and value): nothing inside it is rewritten. */
  property: Node;
  key: string;
  code: 'RB222' | 'RB223' | 'RB224';
  message: string;
}

/**
 * Decides which V1 property keys (OpenAPI/Swagger `paths`) of a JSON tree may be renamed to their V2 key.
 * A key stays V1, with its whole operation, when renaming it would duplicate a key of the same object (the
 * V2 key is already there, or two V1 keys map to one V2 key: RB223; a JSON object keeps only one of two equal
 * keys, so an operation would be lost), or when its operation declares a V1 schema, `properties` naming the
 * V1 request (`input` and `output`) or response (`_links`) fields, which the JSON rewriter does not translate
 * (RB224: the path and its schemas change together or not at all). While a submission path of an object
 * stays V1, so does the V1 status path beside it (RB222: V2 status does not know V1 jobs).
 */
export function decideJsonKeyRenames(root: Node, translate: (v1: string) => string): LeftJsonKey[] {
  const left: LeftJsonKey[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'object') left.push(...decideObject(node, translate));
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return left;
}

function decideObject(object: Node, translate: (v1: string) => string): LeftJsonKey[] {
  const properties = (object.children ?? []).filter((p) => p.children?.[0]?.type === 'string');
  const keyOf = (p: Node) => String(p.children![0]!.value);
  const renamed = properties
    .filter((p) => keyOf(p).includes(V1_SEGMENT))
    .map((p) => ({ property: p, key: keyOf(p), to: translate(keyOf(p)) }))
    .filter((r) => r.to !== r.key);
  const kept = new Set(properties.map(keyOf).filter((k) => !renamed.some((r) => r.key === k)));
  const left: LeftJsonKey[] = [];
  const leave = (r: (typeof renamed)[number], code: LeftJsonKey['code']) => {
    const rule = RULES_BY_CODE[code];
    left.push({
      property: r.property,
      key: r.key,
      code,
      message: `${formatMessage(rule.message, { value: r.key })}. ${rule.hint}`,
    });
  };
  for (const r of renamed) {
    const collides = kept.has(r.to) || renamed.some((o) => o !== r && o.to === r.to);
    if (collides) leave(r, 'RB223');
    else if (declaresV1Schema(r.property.children?.[1])) leave(r, 'RB224');
  }
  // V2 status does not know V1 jobs: while a submission path of this object stays V1, its status path does.
  const isStatus = (key: string) => key.startsWith(V1_PATHS.statusPrefix);
  if (left.some((l) => !isStatus(l.key)))
    for (const r of renamed)
      if (isStatus(r.key) && !left.some((l) => l.property === r.property)) leave(r, 'RB222');
  return left;
}

const V1_REQUEST_FIELDS = [...new Set(V1_SHAPE_PATHS.map((p) => p[0]!))];

/** A `properties` object (JSON Schema) naming every top-level V1 request field, or `_links`. */
function declaresV1Schema(node: Node | undefined): boolean {
  if (!node) return false;
  if (node.type === 'property' && node.children?.[0]?.value === 'properties') {
    const names = (node.children[1]?.children ?? []).map((p) => p.children?.[0]?.value);
    if (names.includes('_links') || V1_REQUEST_FIELDS.every((f) => names.includes(f))) return true;
  }
  return (node.children ?? []).some(declaresV1Schema);
}
