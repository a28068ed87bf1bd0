import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ProjectContext } from './js/types.ts';
import { resolveModuleFile } from './project/resolve-module-file.ts';
import { findJsonConfigUrls } from './json/find-json-config-urls.ts';
import { findProxiedPostmanUrls } from './json/find-proxied-postman-urls.ts';
import { findServedV1Paths } from './project/find-served-v1-paths.ts';
import { findBodyFiles } from './project/find-body-files.ts';
import { findSdkPackages } from './project/find-sdk-packages.ts';
import type { FileFacts } from './project/read-file-facts.ts';
import { toModuleKey } from './js/to-module-key.ts';

/**
 * The closed-world rule, decided once for the whole project before any file is planned (so every shard
 * reaches the same decisions): a value other code shares changes only when every user of it is known and
 * migrated in the same run. Decided here:
 * - a JSON config value holding a V1 URL that project code reads (`require('./config.json')`,
 *   `import config from './config.json'`, or a literal naming it: `readFileSync(join(__dirname, 'config.json'))`): the URL and the request body it is sent with cannot change
 *   together, so both stay V1 (RB309 on the value, an RB215 TODO where the code reads it);
 * - a Postman collection calling V1 paths through a proxy server of the project, and that server: both stay
 *   V1 (decideProxiedCollections);
 * - a JSON file a curl request sends as its body (`-d @body.json`): the shell analysis leaves such a request
 *   V1 (RB230), so the file's V1 bodies stay V1 with it (RB340; findBodyFiles);
 * - the package of a V1 SDK itself (its package.json names the SDK: the SDK's repository, a fork, a vendored
 *   copy): its code, README and tests are the SDK, not users of it, and stay V1 whole (RB342; findSdkPackages);
 * - an exported function that reads `_links.self.href` from a parameter (a shared poller) and is imported by
 *   a file that submits V1 jobs: the request and that read stay V1 (RB216 at the request, RB217 at the read).
 * Shared SDK clients and factories are decided by collectSdkProject (a module whose client some importer
 * uses in a way that is not migrated stays V1 for every importer: RB213 there, RB212 at each call).
 */
export function decideSharedValues(
  files: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
  findLinkReaders?: (source: string, filename: string) => Record<string, number[]>,
): Pick<ProjectContext, 'configs' | 'linkReaders' | 'proxied' | 'bodyFiles' | 'sdkPackages'> & {
  linked?: Set<string>;
} {
  const known = new Set(files.map((f) => f.absolute));
  const configs: NonNullable<ProjectContext['configs']> = {};
  const linkReaders: NonNullable<ProjectContext['linkReaders']> = {};
  const linked = new Set<string>();
  const submitters = files.filter((_, i) => facts[i]!.sensei || facts[i]!.sdk);
  const scanned = new Set<string>();
  const jsonByName = indexJsonByName(known);
  files.forEach((file, i) => {
    const named = (facts[i]!.jsonNames ?? []).flatMap((n) => locateJson(n, file.absolute, jsonByName));
    for (const target of [...facts[i]!.imports, ...named]) {
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
        if (!path || path.endsWith('.json') || scanned.has(path)) continue;
        scanned.add(path);
        const readers = findLinkReaders(readText(path), path);
        if (Object.keys(readers).length === 0) continue;
        linkReaders[toModuleKey(path)] = readers;
        linked.add(path);
      }
    }
  const bodyFiles = findBodyFiles(files, facts);
  for (const [path, scripts] of Object.entries(bodyFiles)) for (const p of [path, ...scripts]) linked.add(p);
  const hasBodyFiles = Object.keys(bodyFiles).length > 0;
  const sdkPackages = findSdkPackages(files);
  for (const own of Object.keys(sdkPackages)) linked.add(own);
  const hasConfigs = Object.keys(configs).length > 0;
  const hasReaders = Object.keys(linkReaders).length > 0;
  const proxied = decideProxiedCollections(files, facts);
  if (proxied)
    for (const path of [...Object.keys(proxied.collections), ...Object.keys(proxied.servers)])
      linked.add(path);
  return {
    ...(hasConfigs ? { configs } : {}),
    ...(hasReaders ? { linkReaders } : {}),
    ...(proxied ? { proxied } : {}),
    ...(hasBodyFiles ? { bodyFiles } : {}),
    ...(Object.keys(sdkPackages).length > 0 ? { sdkPackages } : {}),
    ...(linked.size > 0 ? { linked } : {}),
  };
}

/**
 * A Postman collection calling V1 paths on a server of the project (not Adobe's host), and a JS/TS server
 * of the project that serves V1 paths itself (a proxy): the collection's URLs and bodies are what the proxy
 * receives and forwards, and its V1 response reads are what the collection sees. They are one group, and
 * the proxy's forwarding of whatever body it receives cannot be judged statically: both stay V1 (RB331 on
 * each request of the collection, an RB251 TODO at each route of the proxy).
 */
function decideProxiedCollections(
  files: ReadonlyArray<{ absolute: string }>,
  facts: readonly FileFacts[],
): ProjectContext['proxied'] | undefined {
  const collections: NonNullable<ProjectContext['proxied']>['collections'] = {};
  files.forEach((file, i) => {
    if (!facts[i]!.candidate || !file.absolute.endsWith('.json')) return;
    const urls = findProxiedPostmanUrls(readText(file.absolute));
    if (urls.length > 0) collections[file.absolute] = urls;
  });
  if (Object.keys(collections).length === 0) return undefined;
  const servers: NonNullable<ProjectContext['proxied']>['servers'] = {};
  files.forEach((file, i) => {
    if (!facts[i]!.js || !facts[i]!.sensei) return;
    const routes = findServedV1Paths(readText(file.absolute));
    if (routes.length > 0) servers[file.absolute] = routes;
  });
  return Object.keys(servers).length > 0 ? { collections, servers } : undefined;
}

/**
 * The project JSON file a string literal of `reader` names (a config read with readFileSync/fs.promises, not
 * imported): resolved against the reader's folder, else the one file whose path ends with it.
 */
function locateJson(name: string, reader: string, byName: ReadonlyMap<string, string[]>): string[] {
  const same = byName.get(basename(name)) ?? [];
  const beside = resolve(dirname(reader), name);
  if (same.includes(beside)) return [beside];
  const tail = `/${name.replace(/^(?:\.{1,2}\/)+/, '')}`;
  const matches = same.filter((k) => k.endsWith(tail));
  return matches.length === 1 ? matches : [];
}

/** The project's JSON files by base name. */
function indexJsonByName(known: ReadonlySet<string>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const path of known) {
    if (!/\.jsonc?$/i.test(path)) continue;
    const name = basename(path);
    byName.set(name, [...(byName.get(name) ?? []), path]);
  }
  return byName;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
