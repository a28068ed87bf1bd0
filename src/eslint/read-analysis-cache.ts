import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ANALYSIS_CACHE_FILE, type AnalysisCache } from '../check/types.ts';
import { readOwnVersion } from '../files/read-own-version.ts';

const read = new Map<string, { stamp: string; cache: AnalysisCache | undefined }>();

/**
 * The analysis cache `rb-migrate check --cache` left for a file: `explicit` (the rule's `cache` option) or
 * the nearest `node_modules/.cache/rb-migrate/analysis.json` walking up from the file. Read again only when
 * it changed (editors lint for hours); undefined when there is none, it is unreadable, or another rb-migrate
 * version wrote it.
 */
export function readAnalysisCache(filename: string, explicit?: string): AnalysisCache | undefined {
  const path = explicit ? resolve(explicit) : findUp(dirname(resolve(filename)));
  if (!path) return undefined;
  let stamp: string;
  try {
    const stat = statSync(path);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
  const known = read.get(path);
  if (known?.stamp === stamp) return known.cache;
  let cache: AnalysisCache | undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as AnalysisCache;
    cache = parsed.version === readOwnVersion() && parsed.files ? parsed : undefined;
  } catch {
    cache = undefined;
  }
  read.set(path, { stamp, cache });
  return cache;
}

function findUp(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, ANALYSIS_CACHE_FILE);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: keep walking up
    }
    if (dirname(at) === at) return undefined;
  }
}
