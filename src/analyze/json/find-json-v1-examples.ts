import { parseTree, type Node } from 'jsonc-parser';
import { V1_SEGMENT, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { V1_SHAPE_PATHS } from '../v1-shape-paths.ts';

/**
 * String values of a JSON document that hold a whole V1 example: a V1 URL written together with a V1 request
 * body (`POST …/sensei/cutout HTTP/1.1 … {"input": {"href": …}}`, a curl command with its `-d` body) or with
 * a V1 response (`"_links": {"self": {"href": "…/sensei/status/…"}}`), as apidoc, OpenAPI descriptions and
 * docs data carry them; and any V1 URL under a `_links` key of the document itself (a V1 response example, or
 * the `example` of a JSON schema describing one). Rewriting the URL inside such a text would leave V1 bodies and responses beside a V2
 * URL, so these documents stay V1 as a whole (check: RB311). Offsets are those of the string nodes.
 */
export function findJsonV1Examples(text: string): { offset: number; length: number; v1: string }[] {
  if (!text.includes(V1_SEGMENT)) return [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  const pattern = createV1PathPattern('');
  const [links] = RESPONSE_PATHS.statusLink.v1;
  const found: { offset: number; length: number; v1: string }[] = [];
  // `inLinks`: under a `_links` key, i.e. a V1 response written as JSON (an example, a schema's `example`).
  const visit = (node: Node, inLinks: boolean): void => {
    if (node.type === 'string' && typeof node.value === 'string') {
      const m = pattern.exec(node.value);
      if (m && (inLinks || isV1ExampleText(node.value)))
        found.push({ offset: node.offset, length: node.length, v1: `/${m[2]}` });
      return;
    }
    const key = node.type === 'property' ? node.children?.[0]?.value : undefined;
    for (const child of node.children ?? []) visit(child, inLinks || key === links);
  };
  visit(root, false);
  return found;
}

/** A text holding a V1 URL with its V1 body (quoted `input`, `href`, `output` keys) or V1 response (`_links`). */
export function isV1ExampleText(text: string): boolean {
  if (!createV1PathPattern('').test(text)) return false;
  const quoted = (k: string) => text.includes(`"${k}"`);
  const [links] = RESPONSE_PATHS.statusLink.v1;
  return quoted(links!) || [...new Set(V1_SHAPE_PATHS.flat())].every(quoted);
}
