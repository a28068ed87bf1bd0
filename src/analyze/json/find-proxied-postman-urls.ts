import { parseTree, type Node } from 'jsonc-parser';
import { V1_SEGMENT, createV1PathPattern } from 'rb-migrate-runtime/mapping';

/** The V1 Remove Background host: a Postman request sent there does not go through a server of the project. */
const ADOBE_HOST = 'image.adobe.io';

/**
 * The request URLs of a Postman collection (`item[].request.url`, nested folders included) that call a V1 path
 * on another host than Adobe's (`{{proxy}}/sensei/cutout`, `http://localhost:3000/sensei/cutout`): requests a
 * server in front of Adobe answers. Empty when the text is not a Postman collection.
 */
export function findProxiedPostmanUrls(text: string): { offset: number; length: number; v1: string }[] {
  if (!text.includes(V1_SEGMENT) || !/"_postman_id"|schema\.getpostman\.com/.test(text)) return [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  const pattern = createV1PathPattern('');
  const found: { offset: number; length: number; v1: string }[] = [];
  const visit = (node: Node, inRequestUrl: boolean): void => {
    if (node.type === 'string' && inRequestUrl && typeof node.value === 'string') {
      const m = pattern.exec(node.value);
      if (m && !node.value.includes(ADOBE_HOST))
        found.push({ offset: node.offset, length: node.length, v1: `/${m[2]}` });
      return;
    }
    for (const child of node.children ?? []) {
      if (child.type === 'property') {
        const [name, value] = child.children ?? [];
        if (!name || !value) continue;
        const key = String(name.value);
        const parentKey = node.parent?.type === 'property' ? String(node.parent.children?.[0]?.value) : '';
        visit(
          value,
          inRequestUrl || (key === 'url' && parentKey === 'request') || (key === 'raw' && inRequestUrl),
        );
      } else visit(child, inRequestUrl);
    }
  };
  visit(root, false);
  return found;
}
