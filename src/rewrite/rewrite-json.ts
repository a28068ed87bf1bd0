import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { MigrationTodo } from '../analyze/js/types.ts';
import { SourceParseError } from '../analyze/js/types.ts';
import { ENDPOINTS, V1_SEGMENT, RULES_BY_CODE, formatMessage } from 'rb-migrate-runtime/mapping';
import { findJsonLinkScripts } from '../analyze/json/find-json-link-scripts.ts';
import { toV2, translateUrl } from 'rb-migrate-runtime/translate';
import { applyTextEdits, type TextEdit } from './apply-text-edits.ts';
import { decideJsonKeyRenames } from '../analyze/json/decide-json-key-renames.ts';
import { findJsonV1Bodies } from '../analyze/json/find-json-v1-bodies.ts';
import { lineAt } from '../analyze/line-at.ts';
import { planJsonBodyEdits } from './plan-json-body-edits.ts';

export interface TextRewrite {
  output: string;
  changed: boolean;
  todos: MigrationTodo[];
  /** Spans left V1 as a whole (an OpenAPI path with its operation), with the TODO each one got. */
  held?: Array<{
    start: number;
    end: number;
    code: string;
    message: string;
    value: string;
    /** What else the held site spans (a Postman item held with its script). */
    covers?: Array<{ start: number; end: number }>;
  }>;
}

/**
 * Rewrites V1 usage in a JSON document with format-preserving edits (only the changed values are
 * re-serialised): V1 request bodies (by shape; also JSON text in strings such as Postman `body.raw`) become
 * V2 bodies via toV2 (endpoint inferred from the enclosing request); V1 URLs in string values and property
 * keys (OpenAPI `paths`) become V2 URLs via translateUrl; URL path arrays (`["sensei", "cutout"]`) become
 * `["v2", "remove-background"]`. A V1 key whose rename would duplicate a key of its object, or whose
 * operation declares a V1 schema, stays V1 with everything under it (decideJsonKeyRenames: RB223/RB224).
 * Translator warnings/errors become todos (JSON cannot hold markers).
 * Throws SourceParseError for invalid JSON.
 */
export function rewriteJson(text: string, filename: string): TextRewrite {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (!root || errors.length > 0) {
    const e = errors[0];
    const line = e ? lineAt(text, e.offset) : undefined;
    throw new SourceParseError(
      filename,
      line,
      undefined,
      `invalid JSON${e ? ` (${printParseErrorCode(e.error)})` : ''}`,
    );
  }
  const edits: TextEdit[] = [];
  const todoAt: Array<{ offset: number; code: string; message: string }> = [];
  const unit = detectIndentUnit(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const replaced: Node[] = [];
  // OpenAPI path keys that would collide or whose schemas stay V1 are left whole, with their operation.
  const left = decideJsonKeyRenames(root, translateAll);
  // A request whose V1 response a script of the document reads (Postman tests) stays V1 with that script.
  const scripts = findJsonLinkScripts(root);
  const within = (n: Node, at: Node) => n.offset >= at.offset && n.offset < at.offset + at.length;
  const frozen = (n: Node) =>
    left.some((l) => within(n, l.property)) || scripts.some((s) => within(n, s.scope));
  for (const l of left) todoAt.push({ offset: l.property.offset, code: l.code, message: l.message });
  const scriptMessage = (value: string) =>
    `${formatMessage(RULES_BY_CODE.RB341.message, { value })}. ${RULES_BY_CODE.RB341.hint}`;
  for (const s of scripts)
    todoAt.push({ offset: s.script.offset, code: 'RB341', message: scriptMessage(quoteScript(s.script)) });

  for (const body of findJsonV1Bodies(root)) {
    if (frozen(body.node)) continue;
    let result;
    try {
      result = toV2(body.value, { endpoint: body.endpoint });
    } catch (error) {
      todoAt.push({
        offset: body.node.offset,
        code: 'RB302',
        message: `V1 body left unchanged: ${(error as Error).message}`,
      });
      continue;
    }
    if (body.kind === 'object') {
      // Only the properties that change are spliced: comments and commas inside the body survive.
      edits.push(...planJsonBodyEdits(text, body.node, result.request, { unit, eol }));
    } else {
      const raw = String(body.node.value);
      const rawUnit = detectIndentUnit(raw);
      const rawEol = raw.includes('\r\n') ? '\r\n' : '\n';
      const inner = raw.includes('\n')
        ? JSON.stringify(result.request, null, rawUnit).replace(/\n/g, rawEol)
        : JSON.stringify(result.request);
      edits.push({ offset: body.node.offset, length: body.node.length, content: JSON.stringify(inner) });
    }
    replaced.push(body.node);
    for (const d of result.diagnostics)
      if (d.severity !== 'info') todoAt.push({ offset: body.node.offset, code: d.code, message: d.message });
  }

  const inside = (n: Node) => replaced.some((r) => n.offset >= r.offset && n.offset < r.offset + r.length);
  const visit = (node: Node): void => {
    if (inside(node) || frozen(node)) return;
    if (node.type === 'string' && typeof node.value === 'string' && node.value.includes(V1_SEGMENT)) {
      const translated = translateAll(node.value);
      if (translated !== node.value)
        edits.push({ offset: node.offset, length: node.length, content: JSON.stringify(translated) });
    } else if (node.type === 'array' && node.children) {
      edits.push(...rewritePathArray(node.children));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);

  const held: NonNullable<TextRewrite['held']> = [
    ...left.map((l) => ({
      start: l.property.offset,
      end: l.property.offset + l.property.length,
      code: l.code,
      message: l.message,
      value: l.key,
    })),
    ...scripts.map((s) => ({
      start: s.script.offset,
      end: s.script.offset + s.script.length,
      code: 'RB341',
      message: scriptMessage(quoteScript(s.script)),
      value: quoteScript(s.script),
      covers: [{ start: s.scope.offset, end: s.scope.offset + s.scope.length }],
    })),
  ];
  if (edits.length === 0)
    return { output: text, changed: false, todos: toTodos(text, todoAt, (o) => o), held };
  const { output, mapOffset } = applyTextEdits(text, edits);
  return { output, changed: output !== text, todos: toTodos(output, todoAt, mapOffset), held };
}

function toTodos(
  output: string,
  at: ReadonlyArray<{ offset: number; code: string; message: string }>,
  map: (o: number) => number,
): MigrationTodo[] {
  return at.map((t) => ({ line: lineAt(output, map(t.offset)), code: t.code, message: t.message }));
}

/** The script line, trimmed and shortened, for a message. */
function quoteScript(node: Node): string {
  const text = String(node.value).trim();
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function translateAll(value: string): string {
  let current = value;
  for (let i = 0; i < 16; i++) {
    const t = translateUrl(current);
    if (!t || t.url === current) break;
    current = t.url;
  }
  return current;
}

/** `["sensei", "cutout"]` → `["v2", "remove-background"]`, `["sensei", "status", …]` → `["v2", "status", …]`. */
function rewritePathArray(items: readonly Node[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (a.type !== 'string' || b.type !== 'string') continue;
    const row = ENDPOINTS.find((e) => {
      const [s1, s2] = e.v1.split('/').filter(Boolean);
      return s1 === a.value && s2 === b.value;
    });
    if (!row) continue;
    const [v1, v2] = row.v2.split('/').filter(Boolean);
    edits.push({ offset: a.offset, length: a.length, content: JSON.stringify(v1) });
    edits.push({ offset: b.offset, length: b.length, content: JSON.stringify(v2) });
    i++;
  }
  return edits;
}

function detectIndentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return '  ';
  return m[1]!.startsWith('\t') ? '\t' : m[1]!;
}
