/** Offset → 1-based line and column in a text (binary search over line starts). */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
  /** The text of a 1-based line, without its line ending. */
  text(line: number): string;
}

export function createLineIndex(source: string): LineIndex {
  const starts: number[] = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    position(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo]! + 1 };
    },
    text(line) {
      const start = starts[line - 1];
      if (start === undefined) return '';
      const end = starts[line] ?? source.length + 1;
      return source.slice(start, end - 1).replace(/\r$/, '');
    },
  };
}
