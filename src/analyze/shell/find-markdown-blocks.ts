/** Fence info strings whose blocks are shell (curl examples). */
const SHELL_FENCES = new Set(['', 'sh', 'bash', 'shell', 'zsh', 'console', 'shell-session', 'curl', 'ksh']);

export interface MarkdownBlock {
  /** Offset of the opening fence line, and the range of the block's content. */
  fenceStart: number;
  start: number;
  end: number;
  shell: boolean;
  /** The fence's info word, lower-cased (`js`, `bash`, `` for none). */
  lang: string;
  /** The fence line's indentation (a block inside a list item), stripped from its content lines by Markdown. */
  indent: string;
  /** Index of the heading section the block sits in. */
  section: number;
  /** The prose between the previous block or heading and this fence (e.g. `**V1 Payload:**`). */
  label: string;
  /** The last heading line above the block. */
  heading: string;
}

/** Fenced code blocks of a Markdown text, with their section and label. */
export function findMarkdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const fence = /^([ \t]*)(`{3,}|~{3,})[ \t]*([\w-]*)[^\n]*\n/gm;
  let section = 0;
  let heading = '';
  let proseFrom = 0;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    const marker = m[2]!;
    const prose = text.slice(proseFrom, m.index);
    const headings = [...prose.matchAll(/^#{1,6}\s/gm)];
    section += headings.length;
    const lastHeading = headings[headings.length - 1];
    if (lastHeading) heading = /^.*/.exec(prose.slice(lastHeading.index))![0];
    const label = headings.length > 0 ? prose.slice(headings[headings.length - 1]!.index) : prose;
    const start = m.index + m[0].length;
    const close = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'm');
    const found = close.exec(text.slice(start));
    const end = found ? start + found.index : text.length;
    blocks.push({
      fenceStart: m.index,
      start,
      end,
      shell: SHELL_FENCES.has(m[3]!.toLowerCase()),
      lang: m[3]!.toLowerCase(),
      indent: m[1]!,
      section,
      label,
      heading,
    });
    proseFrom = found ? start + found.index + found[0].length : text.length;
    fence.lastIndex = proseFrom;
  }
  return blocks;
}
