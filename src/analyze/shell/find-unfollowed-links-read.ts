import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import type { Context } from './collect-script-context.ts';
import { mentionsVar } from './migrate-response-reads.ts';
import type { ShellCommand } from './types.ts';
import { lexShell } from './lex-shell.ts';

const [LINKS] = RESPONSE_PATHS.statusLink.v1;

/**
 * The first command after request `from` that reads its V1 response's `_links` in a way the migration does
 * not follow (`python3 -c '…["_links"]…'`, `node -e`, `grep`, …: anything but the jq reads
 * migrateResponseReads rewrites, listed in `followed`). The response is the request's captured variable, or
 * the file it writes with `-o`/`>`; the read is the pipeline that mentions it, in this script or (Markdown) in
 * a shell block after this one. Migrating the request would
 * leave that read on a V2 response (no `_links`), so the request stays V1 with it.
 */
export function findUnfollowedLinksRead(
  ctx: Context,
  from: number,
  followed: ReadonlySet<number>,
): ShellCommand | undefined {
  const request = ctx.commands[from]!;
  const response = { variable: request.capture, file: writtenFile(request) };
  const here = findLinksRead(ctx.text, ctx.commands, from + 1, followed, response);
  if (here) return here;
  // Markdown: the shell blocks after this one run in the same session (a tutorial's later steps).
  for (const block of ctx.region.later ?? []) {
    const found = findLinksRead(ctx.text, lexShell(ctx.text, block.from, block.to), 0, new Set(), response);
    if (found) return found;
  }
  return undefined;
}

function findLinksRead(
  text: string,
  commands: readonly ShellCommand[],
  start: number,
  followed: ReadonlySet<number>,
  response: { variable: string | undefined; file: string | undefined },
): ShellCommand | undefined {
  const readsResponse = (c: ShellCommand) =>
    (response.variable !== undefined && c.words.some((w) => mentionsVar(w, response.variable))) ||
    (response.file !== undefined && c.words.some((w) => w.value === response.file));
  for (let j = start; j < commands.length; j++) {
    if (!readsResponse(commands[j]!)) continue;
    // the whole pipeline around the command that names the response
    let first = j;
    while (first > start && commands[first]!.after === '|') first--;
    let last = j;
    while (last + 1 < commands.length && commands[last + 1]!.after === '|') last++;
    for (let k = first; k <= last; k++) {
      const c = commands[k]!;
      if (!followed.has(k) && text.slice(c.start, c.end).includes(LINKS!)) return c;
    }
  }
  return undefined;
}

/** The file a request writes its response to (`-o file`, `--output file`, `> file`), when it is a plain word. */
function writtenFile(command: ShellCommand): string | undefined {
  const words = command.words;
  for (let i = 0; i + 1 < words.length; i++) {
    const flag = words[i]!.value;
    if (flag === '-o' || flag === '--output' || flag === '>') return words[i + 1]!.value;
  }
  return undefined;
}
