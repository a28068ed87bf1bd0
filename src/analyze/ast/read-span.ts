/** The offsets Babel's parser gives every node (ast-types' node types do not declare them). */
export function readSpan(node: object): { start: number; end: number } {
  const { start, end } = node as { start?: number; end?: number };
  return { start: start ?? 0, end: end ?? 0 };
}
