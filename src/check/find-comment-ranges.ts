/** Comment syntaxes by file extension (lower case, without dot). */
const HASH = new Set([
  'py',
  'pyi',
  'sh',
  'bash',
  'zsh',
  'fish',
  'ksh',
  'rb',
  'pl',
  'pm',
  'yaml',
  'yml',
  'toml',
  'r',
  'ps1',
  'env',
  'conf',
  'cfg',
  'ini',
  'properties',
  'tf',
  'hcl',
  'mk',
  'dockerfile',
  'makefile',
  'cmake',
  'nix',
  'ex',
  'exs',
  'jl',
  'coffee',
  'graphql',
  'gql',
  'txt',
]);
const SLASH = new Set([
  'go',
  'java',
  'kt',
  'kts',
  'swift',
  'c',
  'h',
  'cc',
  'cpp',
  'cxx',
  'hpp',
  'cs',
  'rs',
  'scala',
  'php',
  'dart',
  'groovy',
  'gradle',
  'scss',
  'less',
  'js',
  'jsx',
  'mjs',
  'cjs',
  'ts',
  'tsx',
  'mts',
  'cts',
  'jsonc',
  'json5',
  'proto',
  'zig',
  'm',
  'mm',
  'sol',
  'tf',
  'hcl',
]);
const BLOCK_ONLY = new Set(['css']);
const MARKUP = new Set([
  'html',
  'htm',
  'xml',
  'svg',
  'vue',
  'svelte',
  'md',
  'markdown',
  'mdx',
  'xhtml',
  'jsp',
  'erb',
  'hbs',
  'njk',
]);
const DASH = new Set(['sql', 'lua', 'hs', 'elm']);

/**
 * The comment ranges ([start, end) offsets) of a text, for the language implied by its extension (or file
 * name, for Makefile/Dockerfile). A small lexer: it tracks quoted strings so `"#"` or `"https://…"` are not
 * comments, needs whitespace before `#` (shell/YAML), and ignores `//` right after `:` (URLs). Unknown
 * extensions have no comments.
 */
export function findCommentRanges(text: string, extension: string): Array<[number, number]> {
  const ext = extension.toLowerCase();
  const hash = HASH.has(ext) || ext === 'php';
  const slash = SLASH.has(ext);
  const block = slash || BLOCK_ONLY.has(ext);
  const dash = DASH.has(ext);
  const markup = MARKUP.has(ext);
  if (!hash && !slash && !block && !dash && !markup) return [];
  const ranges: Array<[number, number]> = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (markup) {
      if (c === '<' && text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        const stop = end === -1 ? text.length : end + 3;
        ranges.push([i, stop]);
        i = stop - 1;
      }
      continue;
    }
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      else if (c === '\n' && quote !== '`' && quote !== '"""') quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      continue;
    }
    const prev = i > 0 ? text[i - 1]! : '\n';
    if (hash && c === '#' && /\s/.test(prev)) {
      const end = lineEnd(text, i);
      ranges.push([i, end]);
      i = end - 1;
    } else if (slash && c === '/' && text[i + 1] === '/' && prev !== ':') {
      const end = lineEnd(text, i);
      ranges.push([i, end]);
      i = end - 1;
    } else if (block && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      ranges.push([i, stop]);
      i = stop - 1;
    } else if (dash && c === '-' && text[i + 1] === '-') {
      const end = lineEnd(text, i);
      ranges.push([i, end]);
      i = end - 1;
    }
  }
  return ranges;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
