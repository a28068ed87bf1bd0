import type { Node } from 'jsonc-parser';
import { RESPONSE_PATHS, translateUrl } from 'rb-migrate-runtime/translate';
import { V1_SEGMENT } from 'rb-migrate-runtime/mapping';

/** A script in a JSON document that reads a V1 job response's `_links`, and the request scope it belongs to. */
export interface JsonLinkScript {
  /** The string node holding the code (a Postman `exec` line, …). */
  script: Node;
  /** The Postman item (the nearest object with a `request`) whose V1 request it reads, or the document root. */
  scope: Node;
}

const [LINKS] = RESPONSE_PATHS.statusLink.v1;
/** `x._links`, `x["_links"]`, `x['_links']`: code reading the field, not prose naming it. */
const READS_LINKS = new RegExp(`(?:\\.${LINKS}\\b|\\[\\s*["']${LINKS}["']\\s*\\])`);

/**
 * Scripts kept in a JSON document (Postman `event[].script.exec`, collection-level scripts) that read the
 * V1 job response's `_links`, where the request they run after is a V1 submission: that request (its URL and
 * raw body) must stay V1 with the script, or the script reads a V2 response (`{jobId, statusUrl}`) and the
 * collection's next request polls nothing. A script outside any item applies to every request: its scope is
 * the whole document.
 */
export function findJsonLinkScripts(root: Node): JsonLinkScript[] {
  const found: JsonLinkScript[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'string' && typeof node.value === 'string') {
      if (READS_LINKS.test(node.value)) {
        const scope = findScope(node) ?? root;
        if (submitsV1(scope)) found.push({ script: node, scope });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}

function findScope(node: Node): Node | undefined {
  for (let at = node.parent; at; at = at.parent)
    if (at.type === 'object' && at.children?.some((p) => p.children?.[0]?.value === 'request')) return at;
  return undefined;
}

/** The scope holds a V1 submission URL (a string, or a Postman path array such as `["sensei", "cutout"]`). */
function submitsV1(node: Node): boolean {
  if (node.type === 'string' && typeof node.value === 'string' && node.value.includes(V1_SEGMENT))
    return translateUrl(node.value)?.kind === 'submit';
  if (node.type === 'array' && node.children?.every((c) => c.type === 'string')) {
    const path = `/${node.children.map((c) => String(c.value)).join('/')}`;
    if (path.includes(V1_SEGMENT) && translateUrl(path)?.kind === 'submit') return true;
  }
  return (node.children ?? []).some(submitsV1);
}
