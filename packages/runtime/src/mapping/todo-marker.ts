/**
 * The one fixed, greppable form of a coded TODO left by the codemod (and failed on by the checker):
 *
 *   /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); … *\/
 *
 * on its own line above the statement it is about, at the statement's indentation. The line-comment form
 * `// rb-migrate RB110: …` is also recognised (users may convert markers), but the codemod only writes the
 * block form.
 */

import { redactSecrets } from './redact-secrets.ts';

/** The word every marker starts with. */
export const TODO_MARKER_TAG = 'rb-migrate';

/**
 * Matches one marker (either form). Groups: `code` (e.g. `RB110`) and `message`.
 * Not global: use createTodoMarkerPattern('g') to scan a whole file.
 */
export const TODO_MARKER_PATTERN: RegExp =
  /(?:\/\*\s*rb-migrate (?<code>RB\d{3}): (?<message>(?:(?!\*\/)[^\n])*?)\s*\*\/|\/\/\s*rb-migrate (?<lcode>RB\d{3}): (?<lmessage>[^\r\n]*))/;

/** A fresh copy of TODO_MARKER_PATTERN with the given flags (e.g. 'g' to find all markers in a file). */
export function createTodoMarkerPattern(flags = 'g'): RegExp {
  return new RegExp(TODO_MARKER_PATTERN.source, flags);
}

/**
 * The text of a marker (without indentation or newline). `*\/` inside the message is defused, and secrets
 * quoted from the source (URL passwords, signatures, tokens) are redacted.
 */
export function formatTodoMarker(code: string, message: string): string {
  const clean = redactSecrets(message)
    .replace(/\*\//g, '* /')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
  return `/* ${TODO_MARKER_TAG} ${code}: ${clean} */`;
}

export interface ParsedTodoMarker {
  code: string;
  message: string;
  /** Offset of the marker in the scanned text. */
  index: number;
}

/** Every marker in a text, in order. */
export function findTodoMarkers(text: string): ParsedTodoMarker[] {
  const found: ParsedTodoMarker[] = [];
  for (const m of text.matchAll(createTodoMarkerPattern('g'))) {
    const g = m.groups ?? {};
    found.push({
      code: g.code ?? g.lcode ?? '',
      message: (g.message ?? g.lmessage ?? '').trim(),
      index: m.index,
    });
  }
  return found;
}
