import jscodeshift from 'jscodeshift';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import { chooseParser, type SourceParser } from './choose-parser.ts';
import { findPaths } from './find-paths.ts';
import { SourceParseError } from './source-parse-error.ts';

const CORES = new Map<SourceParser, JSCodeshift>();
/** jscodeshift's `withParser` builds a whole new API object per call: one per parser is enough. */
const withParser = (parser: SourceParser): JSCodeshift => {
  let j = CORES.get(parser);
  if (!j) CORES.set(parser, (j = jscodeshift.withParser(parser)));
  return j;
};

/** Parses once with the parser chosen by extension; a syntax error becomes a SourceParseError. */
export function parseSource(
  source: string,
  filename: string,
): { j: JSCodeshift; root: Collection<ASTNode>; parse: (code: string) => ASTNode } {
  // The parser is called directly (not through recast): recast expands tabs before parsing, which would
  // make node offsets disagree with the original text that edits are spliced into.
  const parser = chooseParser(filename);
  const j = withParser(parser);
  try {
    const root = j(parser.parse(source));
    // Index every node path now (one traversal; it also gives `catch {}` clauses the binding ast-types'
    // scope scanner needs), so that every later lookup is a filter over that index.
    findPaths(root, 'Node');
    return { j, root, parse: (code: string) => parser.parse(code) };
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
