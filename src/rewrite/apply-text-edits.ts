/** A replacement of `length` characters at `offset` in the original text. */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * Applies non-overlapping edits (any order) to a text. Returns the new text and a function mapping an offset
 * in the original text to the matching offset in the new one (for reporting lines after the rewrite).
 * Throws when two edits overlap: that is a bug in the caller, and writing a mangled file is worse.
 */
export function applyTextEdits(
  text: string,
  edits: readonly TextEdit[],
): { output: string; mapOffset: (offset: number) => number } {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let output = '';
  let at = 0;
  for (const e of sorted) {
    if (e.offset < at) throw new Error(`overlapping edits at offset ${e.offset}`);
    output += text.slice(at, e.offset) + e.content;
    at = e.offset + e.length;
  }
  output += text.slice(at);
  const mapOffset = (offset: number): number => {
    let delta = 0;
    for (const e of sorted) {
      if (e.offset + e.length <= offset) delta += e.content.length - e.length;
      else break;
    }
    return offset + delta;
  };
  return { output, mapOffset };
}
