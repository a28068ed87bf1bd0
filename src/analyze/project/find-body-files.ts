import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { analyzeShell } from '../shell/analyze-shell.ts';
import { SHELL_KINDS } from '../shell/shell-kinds.ts';
import type { FileFacts } from './read-file-facts.ts';

/**
 * The JSON files of the project that V1 curl requests send as their body (`-d @body.json`), with the shell
 * scripts and Markdown files doing so: JSON path → script paths (absolute). A request whose body is a file is
 * left V1 by the shell analysis (RB230), so the file must stay V1 with it. The path is resolved against the
 * script's folder, then against each folder above it (a script run from the repository root).
 */
export function findBodyFiles(
  files: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
): Record<string, string[]> {
  const known = new Set(files.map((f) => f.absolute));
  const found: Record<string, string[]> = {};
  files.forEach((file, i) => {
    const kind = SHELL_KINDS[extensionOf(file.absolute)];
    if (!kind || !facts[i]!.candidate) return;
    const text = readText(file.absolute);
    if (!text.includes('@')) return;
    for (const site of analyzeShell(text, { kind }).sites) {
      if (!site.bodyFile) continue;
      const target = locate(site.bodyFile, dirname(file.absolute), known);
      if (!target) continue;
      const scripts = (found[target] ??= []);
      if (!scripts.includes(file.absolute)) scripts.push(file.absolute);
    }
  });
  return found;
}

function locate(path: string, from: string, known: ReadonlySet<string>): string | undefined {
  if (path.startsWith('/')) return known.has(path) ? path : undefined;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = resolve(join(dir, path));
    if (known.has(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(dot + 1).toLowerCase();
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
