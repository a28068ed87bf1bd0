import type { AnyNode } from '../ast/types.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { EXPRESSION_WRAPPERS } from '../ast/expression-wrappers.ts';

/** What a constant expression folds to: a string, or an object whose members fold (object literal, JSON). */
export type Folded = string | FoldedObject;
export interface FoldedObject {
  readonly [key: string]: Folded;
}

/** The value a name stands for where the expression is written (a constant, an import), if it folds. */
export type FoldLookup = (name: string, depth: number) => Folded | undefined;

/** Nesting (and name hops) beyond this is not folded: it also ends cycles (`const a = b; const b = a`). */
export const MAX_FOLD_DEPTH = 12;

/**
 * The analysis' one set of rules for what a constant expression is worth before run time, on the syntax
 * tree (Babel or ESTree nodes): string literals, templates with or without substitutions, `+` between
 * strings, `as const` / `satisfies` / `!` / parentheses, object literals (members that fold; a spread makes
 * the whole object unknown), members read from a folded object (`URLS.cutout`, `URLS['cutout']`), and names,
 * which `lookup` resolves (a constant of the scope, an import, a re-export: see createConstantFolder and
 * foldLocalConstant). Anything else (calls, `process.env`, numbers, conditionals) is undefined: not known.
 */
export function foldConstant(node: AnyNode, lookup: FoldLookup, depth = 0): Folded | undefined {
  if (!node || depth > MAX_FOLD_DEPTH) return undefined;
  if (EXPRESSION_WRAPPERS.has(node.type)) return foldConstant(node.expression, lookup, depth + 1);
  switch (node.type) {
    case 'StringLiteral':
      return node.value;
    case 'Literal':
      return typeof node.value === 'string' ? node.value : undefined;
    case 'TemplateLiteral':
      return foldTemplate(node, lookup, depth);
    case 'BinaryExpression': {
      if (node.operator !== '+') return undefined;
      const left = foldConstant(node.left, lookup, depth + 1);
      const right = typeof left === 'string' ? foldConstant(node.right, lookup, depth + 1) : undefined;
      return typeof right === 'string' ? (left as string) + right : undefined;
    }
    case 'Identifier':
      return lookup(node.name, depth + 1);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return foldMember(node, lookup, depth);
    case 'ObjectExpression':
      return foldObject(node, lookup, depth);
    default:
      return undefined;
  }
}

function foldTemplate(node: AnyNode, lookup: FoldLookup, depth: number): string | undefined {
  let out: string | undefined = node.quasis[0]?.value.cooked;
  for (let i = 0; i < node.expressions.length && out !== undefined; i++) {
    const part = foldConstant(node.expressions[i], lookup, depth + 1);
    const quasi: string | undefined = node.quasis[i + 1]?.value.cooked;
    out = typeof part === 'string' && quasi !== undefined ? out + part + quasi : undefined;
  }
  return out ?? undefined;
}

function foldMember(node: AnyNode, lookup: FoldLookup, depth: number): Folded | undefined {
  const key = node.computed
    ? foldConstant(node.property, lookup, depth + 1)
    : node.property.type === 'Identifier'
      ? node.property.name
      : undefined;
  if (typeof key !== 'string') return undefined;
  const object = foldConstant(node.object, lookup, depth + 1);
  return typeof object === 'object' && Object.hasOwn(object, key) ? object[key] : undefined;
}

function foldObject(node: AnyNode, lookup: FoldLookup, depth: number): FoldedObject | undefined {
  const out: Record<string, Folded> = {};
  for (const property of node.properties) {
    if (property.type === 'SpreadElement' || property.type === 'RestElement') return undefined;
    const key = getPropertyKey(property);
    if (key === undefined) {
      // A computed key that is not written as a literal may name any member: none of them is known.
      if (property.computed) return undefined;
      continue;
    }
    const value = foldConstant(property.value, lookup, depth + 1);
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
