import { getNodeValue, type Node } from 'jsonc-parser';
import { MAPPING } from 'rb-migrate-runtime/mapping';
import type { TextEdit } from './apply-text-edits.ts';

/** How values are written into the document: the indent unit and line ending it already uses. */
export interface JsonStyle {
  unit: string;
  eol: string;
}

/**
 * Turns a V1 body object into `next` (the V2 body) by splicing only the properties that change, so comments,
 * trailing commas and formatting elsewhere in the object (and around it) survive: a V1 key whose fields the
 * mapping moves to a new V2 key is renamed in place (`input` → `image`, value rewritten), a key both share
 * gets its value rewritten only when it differs, other new keys are inserted after the V2 key before them,
 * and V1 keys left over are deleted with their comma (and a comment on the same line). Edits are offsets in the original text and stay inside
 * the object. A one-line object stays on one line; otherwise new values are indented like their property.
 */
export function planJsonBodyEdits(
  text: string,
  object: Node,
  next: Readonly<Record<string, unknown>>,
  style: JsonStyle,
): TextEdit[] {
  const props = (object.children ?? []).filter((p) => p.type === 'property' && p.children?.length === 2);
  const keyOf = (p: Node) => String(p.children![0]!.value);
  const nextKeys = Object.keys(next);
  const has = new Set(props.map(keyOf));
  const removed = props.filter((p) => !(keyOf(p) in next));
  const added = nextKeys.filter((k) => !has.has(k));
  const oneLine = !text.slice(object.offset, object.offset + object.length).includes('\n');
  const sep = (p: Node) => (oneLine ? ' ' : `${style.eol}${indentOfLine(text, p.offset)}`);
  const write = (value: unknown, p: Node) =>
    oneLine
      ? JSON.stringify(value)
      : JSON.stringify(value, null, style.unit)
          .split('\n')
          .join(`${style.eol}${indentOfLine(text, p.offset)}`);

  const edits: TextEdit[] = [];
  const holder = new Map<string, Node>();
  // Renames: a V1 key whose fields the mapping moves to a new V2 key keeps its place (and the comments
  // around it); only its key and value change.
  const deleted: Node[] = [];
  for (const p of removed) {
    const key = added.find((k) => !holder.has(k) && (MOVES_TO.get(keyOf(p))?.has(k) ?? false));
    if (key === undefined) {
      deleted.push(p);
      continue;
    }
    const [keyNode, valueNode] = p.children as [Node, Node];
    edits.push({ offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(key) });
    edits.push({ offset: valueNode.offset, length: valueNode.length, content: write(next[key], p) });
    holder.set(key, p);
  }
  for (const p of props) {
    const key = keyOf(p);
    if (!(key in next) || holder.has(key)) continue;
    holder.set(key, p);
    const valueNode = p.children![1]!;
    if (!sameValue(getNodeValue(valueNode), next[key]))
      edits.push({ offset: valueNode.offset, length: valueNode.length, content: write(next[key], p) });
  }
  // Deletions: the property with the comma after it, or (the last one) with the comma before it.
  const deletions = deleted.flatMap((p) => deleteProperty(text, props, p));
  // Insertions: after the property holding the V2 key before it; before the first holder when none does.
  for (const key of added.filter((k) => !holder.has(k))) {
    const before = nextKeys.slice(0, nextKeys.indexOf(key)).reverse();
    const anchorKey = before.find((k) => holder.has(k));
    if (anchorKey !== undefined) {
      const anchor = holder.get(anchorKey)!;
      const end = anchor.offset + anchor.length;
      const property = `${JSON.stringify(key)}: ${write(next[key], anchor)}`;
      const comma = skipTrivia(text, end);
      if (text[comma] === ',' && !deletions.some((d) => d.offset <= comma && comma < d.offset + d.length)) {
        // After the anchor's comma and its same-line comment, so the comment stays with the anchor.
        const at = oneLine ? comma + 1 : skipLineComments(text, comma + 1);
        const space = oneLine ? /^[ \t]*/.exec(text.slice(comma + 1))![0] : sep(anchor);
        edits.push({ offset: at, length: 0, content: `${space}${property},` });
      } else edits.push({ offset: end, length: 0, content: `,${sep(anchor)}${property}` });
      holder.set(key, anchor);
    } else {
      const first = [...holder.values()].sort((a, b) => a.offset - b.offset)[0] ?? props[0]!;
      edits.push({
        offset: first.offset,
        length: 0,
        content: `${JSON.stringify(key)}: ${write(next[key], first)},${sep(first)}`,
      });
    }
  }
  return [...edits, ...deletions];
}

/** Top-level V1 key → the top-level V2 keys the mapping moves its fields to (`input` → `image`). */
const MOVES_TO: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const row of MAPPING) {
    if (row.action.kind !== 'move' && row.action.kind !== 'lookup') continue;
    const from = row.v1.split('.')[0]!;
    const targets = map.get(from) ?? new Set<string>();
    targets.add(row.action.to.split('.')[0]!);
    map.set(from, targets);
  }
  return map;
})();

function deleteProperty(text: string, props: readonly Node[], p: Node): TextEdit[] {
  const end = p.offset + p.length;
  const after = skipTrivia(text, end);
  const start = lineStartIfBlank(text, p.offset);
  if (text[after] === ',') {
    // A comment after the comma on the same line belongs to the deleted property.
    let stop = skipLineComments(text, after + 1);
    if (start !== p.offset && (text[stop] === '\n' || text.startsWith('\r\n', stop)))
      stop += text[stop] === '\n' ? 1 : 2;
    return [{ offset: start, length: stop - start, content: '' }];
  }
  const index = props.indexOf(p);
  const previous = props[index - 1];
  if (!previous) return [{ offset: p.offset, length: p.length, content: '' }];
  const comma = skipTrivia(text, previous.offset + previous.length);
  const from = start === p.offset ? p.offset : Math.max(comma + 1, eolBefore(text, start));
  const edits: TextEdit[] = [{ offset: from, length: skipLineComments(text, end) - from, content: '' }];
  if (text[comma] === ',' && comma < from) edits.unshift({ offset: comma, length: 1, content: '' });
  return edits;
}

/** The offset of the first character after `from` that is not whitespace or a comment. */
function skipTrivia(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else return i;
  }
}

function skipLineComments(text: string, from: number): number {
  let i = from;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text.startsWith('//', i)) return text.slice(i).search(/\r?\n|$/) + i;
    const close = text.startsWith('/*', i) ? text.indexOf('*/', i + 2) : -1;
    if (close === -1 || text.slice(i, close).includes('\n')) return i;
    i = close + 2;
  }
}

function lineStartIfBlank(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(start, offset)) ? start : offset;
}

function eolBefore(text: string, lineStart: number): number {
  if (lineStart === 0) return 0;
  return text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
}

function indentOfLine(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start))![0];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
