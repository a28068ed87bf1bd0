import { getNodeValue, type Node } from 'jsonc-parser';
import { hasV1Shape } from '../has-v1-shape.ts';
import { mayHaveV1Shape } from '../may-have-v1-shape.ts';
import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import { translateUrl } from 'rb-migrate-runtime/translate';
import { V1_SEGMENT } from 'rb-migrate-runtime/mapping';

/** A V1 request body inside a JSON document. */
export interface JsonV1Body {
  /** The object node, or (`embedded`) the string node whose text is a JSON V1 body (Postman `body.raw`). */
  node: Node;
  kind: 'object' | 'embedded';
  /** The V1 body as a value. */
  value: Record<string, unknown>;
  /** Inferred from the nearest enclosing object that names exactly one V1 submit endpoint; default cutout. */
  endpoint: V1Endpoint;
}

/**
 * Finds V1 request bodies in a parsed JSON document by shape: objects with `input.href` and `output.href`
 * (fixtures, OpenAPI examples) and strings holding such an object as JSON text (Postman request bodies).
 * Objects nested inside a found body are not reported separately.
 */
export function findJsonV1Bodies(root: Node): JsonV1Body[] {
  const found: JsonV1Body[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'object') {
      const value = getNodeValue(node) as unknown;
      if (hasV1Shape(value)) {
        found.push({ node, kind: 'object', value, endpoint: inferEndpoint(node) });
        return;
      }
    } else if (node.type === 'string' && typeof node.value === 'string') {
      const text = node.value.trim();
      if (text.startsWith('{') && mayHaveV1Shape(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        if (hasV1Shape(parsed))
          found.push({ node, kind: 'embedded', value: parsed, endpoint: inferEndpoint(node) });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}

function inferEndpoint(body: Node): V1Endpoint {
  for (let scope = body.parent; scope; scope = scope.parent) {
    if (scope.type !== 'object' && scope.type !== 'array') continue;
    const modes = new Set<V1Endpoint>();
    collectModes(scope, body, modes);
    if (modes.size === 1) return [...modes][0]!;
    if (modes.size > 1) return 'cutout';
  }
  return 'cutout';
}

function collectModes(node: Node, skip: Node, modes: Set<V1Endpoint>): void {
  if (node === skip) return;
  if (node.type === 'string' && typeof node.value === 'string' && node.value.includes(V1_SEGMENT)) {
    const t = translateUrl(node.value);
    if (t?.kind === 'submit' && t.mode !== 'psd' && t.mode) modes.add(t.mode);
  }
  if (node.type === 'array' && node.children) {
    const parts = node.children.map((c) => (c.type === 'string' ? String(c.value) : '\u0000'));
    const t = translateUrl(`/${parts.join('/')}`);
    if (t?.kind === 'submit' && t.mode !== 'psd' && t.mode) modes.add(t.mode);
  }
  for (const child of node.children ?? []) collectModes(child, skip, modes);
}
