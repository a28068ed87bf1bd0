import { readExpansion } from './read-words.ts';
import type { WordPart } from './types.ts';

/** A shell expansion spliced into a curl body, replaced by a placeholder in the template. */
export interface Splice {
  placeholder: string;
  /** The expansion as written (`$url`, `${url}`, `$(…)`). */
  raw: string;
  name: string | undefined;
  /** Whether it sat inside double quotes in the original word. */
  quoted: boolean;
}

/** A body with its expansions replaced by placeholders, and where each template character came from. */
export interface BodyTemplate {
  text: string;
  /** Offset in the analysed text of each template character (-1 for placeholder characters). */
  source: number[];
  splices: Splice[];
  /** Text parts written outside quotes (where a forgotten `$` hides: `"'name'"`), by template range. */
  bare: Array<{ start: number; end: number; sourceStart: number; sourceEnd: number; text: string }>;
}

export const SPLICE_PATTERN = /__RB_SPLICE_(\d+)__/g;

/** The template of a body given as word parts (quotes removed, expansions as placeholders). */
export function buildWordTemplate(parts: readonly WordPart[]): BodyTemplate {
  const template: BodyTemplate = { text: '', source: [], splices: [], bare: [] };
  for (const part of parts) {
    if (part.kind === 'expansion') {
      addSplice(template, part.raw, part.name, part.quote === '"');
      continue;
    }
    const from = template.text.length;
    // Text parts map one template character per source character except for backslash escapes.
    const direct = part.end - part.start === part.text.length;
    for (let k = 0; k < part.text.length; k++) template.source.push(direct ? part.start + k : -1);
    template.text += part.text;
    if (part.quote === undefined)
      template.bare.push({
        start: from,
        end: template.text.length,
        sourceStart: part.start,
        sourceEnd: part.end,
        text: part.text,
      });
  }
  return template;
}

/** The template of a here-document body (expansions only when the delimiter was not quoted). */
export function buildHereDocTemplate(
  text: string,
  start: number,
  end: number,
  quoted: boolean,
): BodyTemplate {
  const template: BodyTemplate = { text: '', source: [], splices: [], bare: [] };
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (!quoted && (ch === '$' || ch === '`')) {
      const e = readExpansion(text, i, end);
      if (e) {
        addSplice(template, text.slice(i, e.end), e.name, false);
        i = e.end;
        continue;
      }
    }
    template.text += ch;
    template.source.push(i);
    i++;
  }
  return template;
}

function addSplice(template: BodyTemplate, raw: string, name: string | undefined, quoted: boolean): void {
  const placeholder = `__RB_SPLICE_${template.splices.length}__`;
  template.splices.push({ placeholder, raw, name, quoted });
  template.text += placeholder;
  for (let k = 0; k < placeholder.length; k++) template.source.push(-1);
}
