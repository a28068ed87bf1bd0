/** File extensions (lower case, no dot) the shell surface analyses, and as what. */
export const SHELL_KINDS: Readonly<Record<string, 'shell' | 'markdown'>> = {
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ksh: 'shell',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
};
