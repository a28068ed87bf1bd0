import jscodeshift from 'jscodeshift';
import type { Collection, JSCodeshift } from 'jscodeshift';
import { chooseParser } from './choose-parser.ts';
import { SourceParseError } from './types.ts';

/** Parses once with the parser chosen by extension; a syntax error becomes a SourceParseError. */
export function parseSource(
  source: string,
  filename: string,
): { j: JSCodeshift; root: Collection<any>; parse: (code: string) => any } {
  // The parser is called directly (not through recast): recast expands tabs before parsing, which would
  // make node offsets disagree with the original text that edits are spliced into.
  const parser = chooseParser(filename);
  const j = jscodeshift.withParser(parser);
  try {
    return { j, root: j(parser.parse(source)), parse: (code: string) => parser.parse(code) };
  } catch (error) {
    const e = error as { message?: string; loc?: { line: number; column: number }; lineNumber?: number };
    const line = e.loc?.line ?? e.lineNumber;
    const column = e.loc?.column;
    throw new SourceParseError(
      filename,
      line,
      column,
      String(e.message ?? error).replace(/\s*\(\d+:\d+\)$/, ''),
    );
  }
}
