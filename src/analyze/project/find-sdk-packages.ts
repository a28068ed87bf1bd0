import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { SDK_MODULES } from 'rb-migrate-runtime/mapping';

/**
 * The files of the project that belong to a package which IS a V1 SDK (the nearest package.json above them
 * names one of SDK_MODULES: the SDK's repository, a fork, a vendored copy): file (absolute) → package name.
 * The SDK's own source, docs and test doubles call or describe V1 as the SDK; they are not a user's calls.
 * A package nested inside it (an examples/ app with its own package.json) is a user again.
 */
export function findSdkPackages(files: ReadonlyArray<{ absolute: string }>): Record<string, string> {
  const packages = new Map<string, string | undefined>();
  for (const file of files)
    if (file.absolute.endsWith(`${sep}package.json`))
      packages.set(`${dirname(file.absolute)}${sep}`, readName(file.absolute));
  if (![...packages.values()].some((n) => n !== undefined && SDK_MODULES.includes(n))) return {};
  const found: Record<string, string> = {};
  for (const file of files) {
    let nearest: string | undefined;
    for (const dir of packages.keys())
      if (file.absolute.startsWith(dir) && (!nearest || dir.length > nearest.length)) nearest = dir;
    const name = nearest ? packages.get(nearest) : undefined;
    if (name && SDK_MODULES.includes(name)) found[file.absolute] = name;
  }
  return found;
}

function readName(path: string): string | undefined {
  try {
    const name = (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}
