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
    const root = j(parser.parse(source));
    // ast-types' scope scanner crashes on `catch {}` (no binding): give such clauses a binding no code can
    // name, so that scopes inside them resolve (nodes only; the text is never printed from the tree).
    root.find(j.CatchClause).forEach((p: any) => {
      if (p.node.param === null)
        p.node.param = { type: 'Identifier', name: '\u0000catch', start: p.node.start, end: p.node.start };
    });
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
