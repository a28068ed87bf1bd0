import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProjectOptions } from '../analyze/analyze-project.ts';
import { REWRITE_KINDS } from '../analyze/rewrite-kinds.ts';
import { decodeText } from '../files/decode-text.ts';
import { hashText } from '../files/hash-text.ts';
import { readOwnVersion } from '../files/read-own-version.ts';
import type { AnalysisCache, CachedFile, Finding } from './types.ts';

/**
 * Writes the analysis cache the ESLint rule reads (`check --cache`): for every JS/TS file check scanned, the
 * hash of its text, its findings and the files it changes together with, plus the project context. Atomic:
 * a temp file in the same directory renamed over the cache, so an editor never reads half of it.
 */
export function writeAnalysisCache(
  target: string,
  files: ReadonlyArray<{ path: string; absolute: string }>,
  findings: readonly Finding[],
  analysis: { options: ProjectOptions; groups: ReadonlyMap<string, readonly string[]> },
): void {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) if (!f.suppression) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const entries: Record<string, CachedFile> = {};
  for (const file of files) {
    if (REWRITE_KINDS[extensionOf(file.path)] !== 'js' || /\.d\.[cm]?ts$/i.test(file.path)) continue;
    let text: string;
    try {
      text = decodeText(readFileSync(file.absolute)).text;
    } catch {
      continue;
    }
    const together = analysis.groups.get(file.absolute);
    entries[file.absolute] = {
      hash: hashText(text),
      findings: (byPath.get(file.path) ?? []).map(
        ({ path: _path, snippet: _snippet, fingerprint: _fingerprint, suppression: _s, ...rest }) => rest,
      ),
      ...(together && together.length > 0 ? { together: [...together] } : {}),
    };
  }
  const cache: AnalysisCache = { version: readOwnVersion(), options: analysis.options, files: entries };
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(cache)}\n`);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}
