import type { Node } from '@babel/types';
import { ENDPOINTS, V1_SEGMENT } from '../../spec/endpoints.ts';
import { createV1PathPattern } from '../../spec/v1-path-pattern.ts';
import type { RawFinding } from '../types.ts';
import { walkAst } from '../walk-ast.ts';

interface Piece {
  text: string;
  kind: 'literal' | 'constant' | 'dynamic';
  /** Source offset of text[0] when the literal's source text equals its value; otherwise undefined. */
  exact?: number;
  node: Node;
}

/** Placeholder for values the analysis cannot know (never part of a V1 path match). */
const UNKNOWN = '\u0000';

/**
 * RB300 (V1 submit endpoint) and RB301 (V1 status URL) in JS/TS code. Each outermost string expression
 * (string literal, template literal, `+` concatenation) is evaluated with the file's constants resolved, so
 * `` `${BASE}/sensei/mask` ``, `BASE + '/sensei/cutout'` and `SENSEI_BASE + '/cutout'` (with
 * `SENSEI_BASE = '…/sensei'` in the file) are all found. A match lying wholly inside a constant is reported at
 * the constant's declaration only; matches inside comments are not code (see RB307).
 */
export function detectJsEndpoints(ast: Node, constants: ReadonlyMap<string, Node>): RawFinding[] {
  const found: RawFinding[] = [];
  const pattern = createV1PathPattern('g');
  walkAst(ast, (node, ancestors) => {
    if (!isStringish(node)) return;
    const parent = ancestors[ancestors.length - 1];
    if (
      parent &&
      (parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+'))
    )
      return;
    if (
      parent &&
      (parent.type === 'ImportDeclaration' ||
        parent.type === 'ExportNamedDeclaration' ||
        parent.type === 'ExportAllDeclaration')
    )
      return false;
    const pieces = evaluate(node, constants, 0);
    const text = pieces.map((p) => p.text).join('');
    if (!text.includes(V1_SEGMENT)) return false;
    const starts: number[] = [];
    let at = 0;
    for (const p of pieces) {
      starts.push(at);
      at += p.text.length;
    }
    for (const m of text.matchAll(pattern)) {
      const from = m.index + (m[1] ?? '').length;
      const to = m.index + m[0].length;
      const first = pieceAt(starts, from);
      const last = pieceAt(starts, to - 1);
      const piece = pieces[first]!;
      if (first === last && piece.kind === 'constant') continue;
      const v1 = `/${m[2]}`;
      const row = ENDPOINTS.find((e) => e.v1 === v1);
      const rule = row?.kind === 'status' ? 'RB301' : 'RB300';
      if (first === last && piece.kind === 'literal') {
        const offsetInPiece = from - starts[first]!;
        const exact = piece.exact !== undefined ? piece.exact + offsetInPiece : undefined;
        found.push({
          rule,
          index: exact ?? piece.node.start ?? node.start ?? 0,
          length: exact !== undefined ? to - from : 0,
          value: v1,
          ...(exact !== undefined && row ? { replacement: row.v2.slice(1) } : {}),
        });
      } else {
        found.push({ rule, index: node.start ?? 0, length: (node.end ?? 0) - (node.start ?? 0), value: v1 });
      }
    }
    return false;
  });
  return found;
}

function isStringish(node: Node): boolean {
  return (
    node.type === 'StringLiteral' ||
    node.type === 'TemplateLiteral' ||
    (node.type === 'BinaryExpression' && node.operator === '+')
  );
}

function pieceAt(starts: readonly number[], offset: number): number {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= offset) index = i;
  return index;
}

function evaluate(node: Node, constants: ReadonlyMap<string, Node>, depth: number): Piece[] {
  switch (node.type) {
    case 'StringLiteral': {
      const raw = (node.extra as { raw?: string } | undefined)?.raw;
      const exact =
        raw !== undefined && raw.slice(1, -1) === node.value && node.start != null
          ? node.start + 1
          : undefined;
      return [{ text: node.value, kind: 'literal', node, ...(exact !== undefined ? { exact } : {}) }];
    }
    case 'TemplateLiteral': {
      const pieces: Piece[] = [];
      node.quasis.forEach((q, i) => {
        const cooked = q.value.cooked ?? q.value.raw;
        const exact = cooked === q.value.raw && q.start != null ? q.start : undefined;
        pieces.push({ text: cooked, kind: 'literal', node: q, ...(exact !== undefined ? { exact } : {}) });
        const expression = node.expressions[i];
        if (expression) pieces.push(...evaluate(expression, constants, depth));
      });
      return pieces;
    }
    case 'BinaryExpression':
      if (node.operator === '+' && node.left.type !== 'PrivateName')
        return [...evaluate(node.left, constants, depth), ...evaluate(node.right, constants, depth)];
      break;
    case 'Identifier': {
      const init = constants.get(node.name);
      if (init && depth < 8) {
        const text = evaluate(init, constants, depth + 1)
          .map((p) => p.text)
          .join('');
        return [{ text, kind: 'constant', node }];
      }
      break;
    }
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'ParenthesizedExpression':
      return evaluate(node.expression, constants, depth);
    default:
      break;
  }
  return [{ text: UNKNOWN, kind: 'dynamic', node }];
}
