import { readFileSync } from 'node:fs';
import type { ProjectContext } from '../codemod/types.ts';
import { resolveModuleFile } from '../codemod/resolve-module-file.ts';
import { findJsonConfigUrls } from './json/find-json-config-urls.ts';
import type { FileFacts } from './project/read-file-facts.ts';
import { toModuleKey } from '../codemod/to-module-key.ts';

/**
 * The closed-world rule, decided once for the whole project before any file is planned (so every shard
 * reaches the same decisions): a value other code shares changes only when every user of it is known and
 * migrated in the same run. Decided here:
 * - a JSON config value holding a V1 URL that project code reads (`require('./config.json')`,
 *   `import config from './config.json'`): the URL and the request body it is sent with cannot change
 *   together, so both stay V1 (RB309 on the value, an RB215 TODO where the code reads it);
 * - an exported function that reads `_links.self.href` from a parameter (a shared poller) and is imported by
 *   a file that submits V1 jobs: the request and that read stay V1 (RB216 at the request, RB217 at the read).
 * Shared SDK clients and factories are decided by collectSdkProject (a module whose client some importer
 * uses in a way that is not migrated stays V1 for every importer: RB213 there, RB212 at each call).
 */
export function decideSharedValues(
  files: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
  findLinkReaders?: (source: string, filename: string) => Record<string, number[]>,
): Pick<ProjectContext, 'configs' | 'linkReaders'> & { linked?: Set<string> } {
  const known = new Set(files.map((f) => f.absolute));
  const configs: NonNullable<ProjectContext['configs']> = {};
  const linkReaders: NonNullable<ProjectContext['linkReaders']> = {};
  const linked = new Set<string>();
  const submitters = files.filter((_, i) => facts[i]!.sensei || facts[i]!.sdk);
  const scanned = new Set<string>();
  files.forEach((file, i) => {
    for (const target of facts[i]!.imports) {
      if (target.endsWith('.json') && known.has(target)) {
        const urls = configs[target]?.urls ?? findJsonConfigUrls(readText(target));
        if (urls.length === 0) continue;
        const entry = (configs[target] ??= { urls: urls.map(({ key, v1 }) => ({ key, v1 })), readers: [] });
        if (!entry.readers.includes(file.absolute)) entry.readers.push(file.absolute);
        linked.add(target).add(file.absolute);
      }
    }
  });
  if (findLinkReaders)
    for (const submitter of submitters) {
      const i = files.indexOf(submitter);
      for (const target of facts[i]!.imports) {
        const path = resolveModuleFile(target, target, known);
        if (!path || scanned.has(path)) continue;
        scanned.add(path);
        const readers = findLinkReaders(readText(path), path);
        if (Object.keys(readers).length === 0) continue;
        linkReaders[toModuleKey(path)] = readers;
        linked.add(path);
      }
    }
  const hasConfigs = Object.keys(configs).length > 0;
  const hasReaders = Object.keys(linkReaders).length > 0;
  return {
    ...(hasConfigs ? { configs } : {}),
    ...(hasReaders ? { linkReaders } : {}),
    ...(linked.size > 0 ? { linked } : {}),
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
