import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { findWorkTreeTop } from '../git/find-work-tree-top.ts';
import { listFilesWithout } from '../git/list-files-without.ts';
import { listWorkTreeFiles } from '../git/list-work-tree-files.ts';
import { isProcessGone } from './is-process-gone.ts';
import { isInside } from './is-inside.ts';

/**
 * Never project source, even where git tracks them or no ignore rule covers them: installed dependencies
 * (the Adobe SDKs themselves contain `/sensei/cutout`) and VCS data.
 */
const NEVER_SOURCE_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  '.yarn',
  '.pnpm-store',
  '__pycache__',
  '.venv',
  '.tox',
]);

/**
 * Directories the walker (outside a git work tree, or with --no-gitignore) never enters: the above plus build
 * output, caches and vendored code. Inside a work tree git decides instead: their tracked files are scanned.
 */
const ALWAYS_SKIPPED_DIRS: ReadonlySet<string> = new Set([
  ...NEVER_SOURCE_DIRS,
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.turbo',
  '.cache',
  '.parcel-cache',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
]);

/** File names never read: source maps, lock files, our own temp files. */
const NEVER_READ_FILE =
  /(?:\.map$|^\.rb-tmp-|^\.rb-migrate-journal-|^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb)$)/;
/**
 * What the walker also skips by name: minified bundles. Inside a work tree they are listed when git tracks
 * them (both commands then report a V1 use in them with RB330 instead of rewriting it).
 */
const WALKER_SKIPPED_FILE = /(?:[.-]min\.(?:[cm]?js|css)$|\.bundle\.[cm]?js$)/;

export interface DiscoverOptions {
  /** Paths are reported relative to this directory; it is also the root symlinks may not escape. */
  cwd: string;
  /** Lower-case extensions without the dot (`ts`, `json`); undefined means every file. */
  extensions?: readonly string[];
  /** Extra patterns in .gitignore syntax, relative to cwd (`--ignore`). */
  ignore?: readonly string[];
  /**
   * Honour .gitignore files and .git/info/exclude (default true): inside a git work tree, scan what git lists
   * (`git ls-files -co --exclude-standard`). False: walk every directory but installed dependencies, VCS data
   * and build output, reading no ignore file, plus every file git tracks.
   */
  gitignore?: boolean;
  /**
   * Byte strings the caller looks for first. Inside a work tree (with .gitignore honoured), one `git grep -L`
   * marks the files that hold none of them and are not binary (DiscoveredFile.quiet), so the caller need not
   * open them.
   */
  needles?: readonly string[];
  /** Called with the number of files git lists for a directory, before they are stat'ed (and searched). */
  onListed?: (count: number) => void;
}

export interface DiscoveredFile {
  /** Relative to cwd, with forward slashes. */
  path: string;
  absolute: string;
  /** Named on the command line (never dropped silently). */
  explicit: boolean;
  /**
   * The real path of the root the file was found under: the current directory for a path named inside it,
   * else the named directory (or a named file's directory). The file's real path is inside it; rewrite checks
   * that again right before writing.
   */
  root: string;
  /**
   * True when git found none of DiscoverOptions.needles in the file and saw no NUL byte in its first 8000
   * bytes (`git grep -L -I`, see listFilesWithout). Unset means unknown.
   */
  quiet?: boolean;
  /** Size on disk when the file was listed by git (from the lstat that found it a regular file). */
  size?: number;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Paths given on the command line that do not exist. */
  missing: string[];
  /** Absolute paths of rb-migrate temp files (`.rb-tmp-*`) left by a run that was killed mid-write. */
  strayTempFiles: string[];
  /** Real paths of the roots (see DiscoveredFile.root), in the order the paths were named. */
  roots: string[];
}

/**
 * Lists the files under the given paths the way git sees the project. Inside a git work tree: what git
 * lists (`git ls-files -co --exclude-standard`: tracked files, also under `build/`, `vendor/` or `out/`, plus
 * untracked files no ignore rule covers; an untracked nested repository is listed through its own git).
 * Outside one: a walk where nested .gitignore files (with negations) and .git/info/exclude apply, and
 * build-output, vendored directories and minified bundles are skipped. Everywhere: --ignore patterns apply,
 * installed dependencies (`node_modules`, …), VCS data, source maps and lock files are never listed.
 * Symbolic links are never followed (so loops and links out of the root are harmless); a named symlink is
 * used only when it resolves inside the root. The walk uses synchronous fs calls on purpose: for tens of
 * thousands of small directory reads they are several times faster than the libuv thread pool. Files named
 * explicitly bypass the ignore rules; when one is still not used (wrong extension, link out of the root) it
 * is listed in `skipped` with the reason.
 */
export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const cwd = resolve(options.cwd);
  const useGitignore = options.gitignore ?? true;
  const extensions = options.extensions
    ? new Set(options.extensions.map((e) => e.replace(/^\./, '').toLowerCase()))
    : undefined;
  const extra = ignore().add([...(options.ignore ?? [])]);
  const top = useGitignore ? (findWorkTreeTop(cwd) ?? cwd) : cwd;
  const chains = new Map<string, Matcher[]>();
  const seen = new Set<string>();
  const result: Discovery = { files: [], skipped: [], missing: [], strayTempFiles: [], roots: [] };
  /** The `git grep` runs started by `scan` (DiscoverOptions.needles), with the files each one covers. */
  const searches: {
    without: Promise<Set<string> | undefined>;
    taken: [DiscoveredFile, string][];
    indexed: ReadonlySet<string>;
  }[] = [];
  /** Real path of the root being walked (every walked file gets it). */
  let realRoot = cwd;
  const show = (abs: string) => toPosix(relative(cwd, abs)) || '.';

  const matchersFor = (dir: string, hasOwnFile?: boolean): Matcher[] => {
    const cached = chains.get(dir);
    if (cached) return cached;
    let chain: Matcher[] = [];
    const parent = dirname(dir);
    if (dir !== top && parent !== dir && isInside(parent, top)) chain = matchersFor(parent);
    const own = useGitignore && hasOwnFile !== false ? loadIgnoreFile(dir, dir === top) : undefined;
    if (own) chain = [...chain, { dir, prefix: `${dir}${sep}`, ig: own }];
    chains.set(dir, chain);
    return chain;
  };

  const hasExtra = (options.ignore ?? []).length > 0;
  /** `fromCwd`: the path relative to cwd, POSIX separators (what `show` would print). */
  const isIgnored = (abs: string, fromCwd: string, isDir: boolean, chain: Matcher[]): boolean => {
    if (hasExtra) {
      if (fromCwd && !fromCwd.startsWith('..') && extra.ignores(isDir ? `${fromCwd}/` : fromCwd)) return true;
    }
    if (chain.length === 0) return false;
    let ignored = false;
    for (const m of chain) {
      if (!abs.startsWith(m.prefix)) continue;
      const rel = toPosix(abs.slice(m.prefix.length));
      const t = m.ig.test(isDir ? `${rel}/` : rel);
      if (t.ignored) ignored = true;
      else if (t.unignored) ignored = false;
    }
    return ignored;
  };

  const wantExtension = (name: string) => !extensions || extensions.has(extensionOf(name));

  // Paths are built by concatenation, not path.join/relative: `dir` is absolute and normalised, and `relDir`
  // (dir relative to cwd, POSIX, '' for cwd itself) is computed once per walk root; with tens of thousands of
  // entries the path module's normalisation was most of the discovery time.
  const walk = (dir: string, root: string, relDir: string = toPosix(relative(cwd, dir))): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      result.skipped.push({
        path: relDir || '.',
        reason: `cannot read directory (${(error as NodeJS.ErrnoException).code ?? error})`,
      });
      return;
    }
    const chain = matchersFor(dir, dir === top || entries.some((e) => e.name === '.gitignore'));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: [string, string][] = [];
    const absPrefix = dir.endsWith(sep) ? dir : dir + sep;
    const relPrefix = relDir === '' ? '' : `${relDir}/`;
    for (const entry of entries) {
      const abs = absPrefix + entry.name;
      const rel = relPrefix + entry.name;
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(abs, rel, true, chain)) continue;
        subdirs.push([abs, rel]);
      } else if (entry.isSymbolicLink()) {
        if (isIgnored(abs, rel, false, chain) || ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
        if (!wantExtension(entry.name)) continue;
        result.skipped.push({ path: rel, reason: describeSymlink(abs, root) });
      } else if (entry.isFile()) {
        if (entry.name.startsWith('.rb-tmp-')) {
          if (isStrayTempFile(entry.name)) result.strayTempFiles.push(abs);
          continue;
        }
        if (NEVER_READ_FILE.test(entry.name) || WALKER_SKIPPED_FILE.test(entry.name)) continue;
        if (!wantExtension(entry.name)) continue;
        if (isIgnored(abs, rel, false, chain)) continue;
        if (seen.has(abs)) continue;
        seen.add(abs);
        result.files.push({ path: rel, absolute: abs, explicit: false, root: realRoot });
      }
    }
    for (const [sub, rel] of subdirs) walk(sub, root, rel);
  };

  /** A file at `abs` (`rel` from cwd) listed by git, or found through a symbolic link: kept, or skipped with the reason. */
  const take = (abs: string, rel: string, root: string): DiscoveredFile | undefined => {
    const info = lstatOrUndefined(abs);
    if (!info) return; // tracked but deleted from disk
    if (info.isDirectory()) {
      // A nested repository (untracked, or a gitlink): git of the outer tree does not list its files.
      if (existsSync(join(abs, '.git'))) scan(abs, root, rel);
      return;
    }
    if (info.isSymbolicLink()) {
      result.skipped.push({ path: rel, reason: describeSymlink(abs, root) });
      return;
    }
    if (!info.isFile() || seen.has(abs)) return;
    seen.add(abs);
    const file: DiscoveredFile = {
      path: rel,
      absolute: abs,
      explicit: false,
      root: realRoot,
      size: info.size,
    };
    result.files.push(file);
    return file;
  };

  /**
   * A directory: inside a git work tree, the files git lists (tracked, plus untracked and not ignored unless
   * --no-gitignore, which walks and adds what git tracks); outside one, the walker.
   */
  const scan = (dir: string, root: string, relDir: string = toPosix(relative(cwd, dir))): void => {
    const inGit = findWorkTreeTop(dir) !== undefined;
    // Started first, answered while git lists and the files are stat'ed below.
    const without =
      inGit && useGitignore && options.needles ? listFilesWithout(dir, options.needles) : undefined;
    const listing = inGit ? listWorkTreeFiles(dir, { untracked: useGitignore }) : undefined;
    if (!listing || !useGitignore) walk(dir, root, relDir);
    if (!listing) return;
    options.onListed?.(listing.paths.length);
    const taken: [DiscoveredFile, string][] = [];
    if (without) searches.push({ without, taken, indexed: listing.indexed });
    const absPrefix = dir.endsWith(sep) ? dir : dir + sep;
    const relPrefix = relDir === '' ? '' : `${relDir}/`;
    for (const entry of listing.paths) {
      const path = entry.endsWith('/') ? entry.slice(0, -1) : entry;
      const segments = path.split('/');
      if (segments.some((s) => NEVER_SOURCE_DIRS.has(s))) continue;
      const name = segments[segments.length - 1]!;
      const abs = absPrefix + (sep === '/' ? path : segments.join(sep));
      const rel = relPrefix + path;
      if (hasExtra && isIgnored(abs, rel, entry.endsWith('/'), [])) continue;
      if (entry.endsWith('/')) {
        take(abs, rel, root);
        continue;
      }
      if (name.startsWith('.rb-tmp-')) {
        if (isStrayTempFile(name)) result.strayTempFiles.push(abs);
        continue;
      }
      if (NEVER_READ_FILE.test(name) || !wantExtension(name)) continue;
      const file = take(abs, rel, root);
      if (file) taken.push([file, path]);
    }
  };

  for (const given of paths.length > 0 ? paths : ['.']) {
    const abs = isAbsolute(given) ? given : resolve(cwd, given);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) {
      result.missing.push(given);
      continue;
    }
    const root = isInside(abs, cwd) ? cwd : info.isDirectory() ? abs : dirname(abs);
    realRoot = realpathOrUndefined(root) ?? root;
    if (!result.roots.includes(realRoot)) result.roots.push(realRoot);
    // The walk follows no link, so every file under a directory is inside the root when the directory is;
    // a named path through a symlinked directory (`outdir/x.js`, outdir -> elsewhere) is not.
    const real = realpathOrUndefined(abs);
    if (real !== undefined && !isInside(real, realRoot) && !info.isSymbolicLink()) {
      result.skipped.push({
        path: given,
        reason: `resolves to ${real}, outside the root ${realRoot} (a symbolic link on the way); not followed`,
      });
      continue;
    }
    if (info.isDirectory()) {
      scan(abs, root);
      continue;
    }
    let target = abs;
    if (info.isSymbolicLink()) {
      const real = await realpath(abs).catch(() => undefined);
      const realInfo = real ? await stat(real).catch(() => undefined) : undefined;
      if (!real || !realInfo) {
        result.skipped.push({
          path: given,
          reason: 'symbolic link that cannot be resolved (broken or a loop)',
        });
        continue;
      }
      if (!isInside(real, realRoot)) {
        result.skipped.push({ path: given, reason: 'symbolic link pointing outside the root; not followed' });
        continue;
      }
      if (realInfo.isDirectory()) {
        walk(real, root);
        continue;
      }
      target = real;
    } else if (!info.isFile()) {
      result.skipped.push({ path: given, reason: 'not a regular file' });
      continue;
    }
    if (!wantExtension(target)) {
      result.skipped.push({
        path: show(target),
        reason: `extension not in --extensions (${[...(extensions ?? [])].join(',')})`,
      });
      continue;
    }
    if (seen.has(target)) continue;
    seen.add(target);
    result.files.push({ path: show(target), absolute: target, explicit: true, root: realRoot });
  }
  // What git searched on disk and found none of the needles in (not a file it read from its index).
  for (const search of searches) {
    const without = await search.without;
    if (without)
      for (const [file, path] of search.taken)
        if (without.has(path) && !search.indexed.has(path)) file.quiet = true;
  }
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

interface Matcher {
  dir: string;
  /** `dir` + separator, for a cheap prefix test. */
  prefix: string;
  ig: Ignore;
}

function loadIgnoreFile(dir: string, isTop: boolean): Ignore | undefined {
  const texts: string[] = [];
  const own = readOrUndefined(join(dir, '.gitignore'));
  if (own !== undefined) texts.push(own);
  if (isTop) {
    const exclude = readOrUndefined(join(dir, '.git', 'info', 'exclude'));
    if (exclude !== undefined) texts.push(exclude);
  }
  const text = texts.join('\n');
  // No rule at all (only blank lines and comments, like git's default info/exclude): no matcher to consult.
  const hasRule = text.split('\n').some((line) => line.trim() !== '' && !line.startsWith('#'));
  return hasRule ? ignore().add(text) : undefined;
}

/** A `.rb-tmp-<name>-<pid>-<hex>` file whose writer process is gone (killed mid-write). */
function isStrayTempFile(name: string): boolean {
  const m = /-(\d+)-[0-9a-f]{8}$/.exec(name);
  if (!m) return false;
  return isProcessGone(Number(m[1]));
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Why a symbolic link met while listing files is not followed. */
function describeSymlink(abs: string, root: string): string {
  const target = realpathOrUndefined(abs);
  return target === undefined
    ? 'symbolic link that cannot be resolved (broken or a loop); not followed'
    : isInside(target, root)
      ? 'symbolic link; not followed (its target inside the root is scanned at its own path)'
      : 'symbolic link pointing outside the root; not followed';
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf(sep) + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
