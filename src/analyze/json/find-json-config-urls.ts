import { parseTree, type Node } from 'jsonc-parser';
import { V1_SEGMENT, createV1PathPattern } from 'rb-migrate-runtime/mapping';

/** A V1 URL held by a JSON value: its key path (`api.cutoutUrl`), the V1 path and where the string sits. */
export interface JsonConfigUrl {
  key: string;
  v1: string;
  offset: number;
  length: number;
}

/**
 * The V1 URLs of a JSON document that code may read as config values: string values (at any depth, array
 * items by index) whose text contains a V1 Remove Background path. Empty when the text is not JSON.
 */
export function findJsonConfigUrls(text: string): JsonConfigUrl[] {
  if (!text.includes(V1_SEGMENT)) return [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  const pattern = createV1PathPattern('');
  const found: JsonConfigUrl[] = [];
  const visit = (node: Node, key: string[]): void => {
    if (node.type === 'string' && typeof node.value === 'string') {
      const m = pattern.exec(node.value);
      if (m) found.push({ key: key.join('.'), v1: `/${m[2]}`, offset: node.offset, length: node.length });
      return;
    }
    if (node.type === 'object')
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? [];
        if (name && value) visit(value, [...key, String(name.value)]);
      }
    if (node.type === 'array') (node.children ?? []).forEach((item, i) => visit(item, [...key, String(i)]));
  };
  visit(root, []);
  return found;
}
