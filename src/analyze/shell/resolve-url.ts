import { ENDPOINTS, type EndpointRow, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { ShellWord } from './types.ts';
import { type Context, type Target } from './collect-script-context.ts';

export function resolveUrl(ctx: Context, word: ShellWord | undefined): Target | undefined {
  if (!word) return undefined;
  const direct = matchV1(word.raw);
  if (direct)
    return {
      row: direct.row,
      at: { offset: word.start + direct.index, length: direct.length },
      url: word.value ?? word.raw,
    };
  for (const part of word.parts) {
    if (part.kind !== 'expansion' || !part.name) continue;
    const list = ctx.assignments.get(part.name);
    if (!list || list.length !== 1) continue;
    const assignment = list[0]!;
    const raw = ctx.text.slice(assignment.valueStart, assignment.word.end);
    const hit = matchV1(raw);
    if (hit) {
      return {
        row: hit.row,
        at: { offset: assignment.valueStart + hit.index, length: hit.length },
        variable: assignment,
        url: `$${part.name}`,
      };
    }
  }
  return undefined;
}

export function matchV1(raw: string): { row: EndpointRow; index: number; length: number } | undefined {
  const m = createV1PathPattern('').exec(raw);
  if (!m) return undefined;
  const path = `/${m[2]}`;
  const row = ENDPOINTS.find((e) => (e.kind === 'status' ? path.startsWith(e.v1) : e.v1 === path));
  if (!row) return undefined;
  // The edit range starts at the leading slash when there is one (relative `sensei/cutout` has none).
  const slash = (m[1] ?? '').length;
  return {
    row,
    index: m.index,
    length: slash + (row.kind === 'status' ? row.v1.length - 1 : path.length - 1),
  };
}

/** The V2 path replacing a V1 path written with or without its leading slash. */
export function v2PathFor(row: EndpointRow, original: string): string {
  return original.startsWith('/') ? row.v2 : row.v2.slice(1);
}
