import type { AnyPath } from './types.ts';

export interface MemberChain {
  /** The outermost member expression of the matched chain. */
  last: AnyPath;
  /** Whether the first step was optional (`x?._links`). */
  firstOptional: boolean;
}

const MEMBERS = new Set(['MemberExpression', 'OptionalMemberExpression']);

/**
 * Whether `object` is followed by exactly the given member steps (`._links.self.href`, `['_links']…`,
 * `?._links?.self`), and where the chain ends.
 */
export function readMemberChain(object: AnyPath, segments: readonly string[]): MemberChain | undefined {
  let current = object;
  let firstOptional = false;
  for (let i = 0; i < segments.length; i++) {
    const parent = current.parent;
    if (!parent || !MEMBERS.has(parent.node.type) || current.name !== 'object') return undefined;
    const member = parent.node;
    const name = member.computed
      ? member.property.type === 'StringLiteral' || member.property.type === 'Literal'
        ? member.property.value
        : undefined
      : member.property.name;
    if (name !== segments[i]) return undefined;
    if (i === 0) firstOptional = Boolean(member.optional);
    current = parent;
  }
  return { last: current, firstOptional };
}
