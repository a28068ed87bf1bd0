import { dirname, resolve } from 'node:path';
import { SDK_MODULES, V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import { detectBinary } from '../../files/detect-binary.ts';
import { readFileBytes } from '../../files/read-file-bytes.ts';
import { findRelativeSpecifiers } from './find-relative-specifiers.ts';
import { isRewriteCandidate, mayMentionV1, MENTION_NEEDLES } from './is-rewrite-candidate.ts';
import { MAX_REWRITE_BYTES } from '../rewrite-kinds.ts';

/** What one read of a file tells `rewrite` before any parse. */
export interface FileFacts {
  /** May hold something rewrite acts on; also true when unreadable or huge, so that it is reported. */
  candidate: boolean;
  /** A JS/TS source (not a .d.ts): the only kind the cross-file context is built from. */
  js: boolean;
  /** Mentions the V1 path segment (`sensei`): may export a V1 URL constant. */
  sensei: boolean;
  /** Names a V1 SDK package. */
  sdk: boolean;
  /** Mentions `_links` (may read a job's status link). */
  links: boolean;
  /** Absolute targets of relative imports/requires (JS/TS only; unresolved, as written). */
  imports: string[];
  /**
   * May re-export what it imports (`export … from`, an `export { … }` list, `module.exports`): may pass
   * another module's constants on.
   */
  reexports: boolean;
  /**
   * JSON paths named by string literals of a JS/TS file (`readFileSync(join(__dirname, 'config.json'))`):
   * each as written, with the file's folder; resolved against the project by decideSharedValues.
   */
  jsonNames?: string[];
  /**
   * Read, not binary, and holding none of the V1 mention needles (MENTION_NEEDLES): a file `check` need not
   * read again (its scan looks for a subset of them) unless the analysis gives it sites.
   */
  plain: boolean;
}

const JS = /\.(?:[cm]?[jt]sx?)$/i;
const REEXPORT = /\bexport\s*(?:\*|\{)|\bmodule\.exports\b/;
/** A string literal naming a JSON file (`'config.json'`, `"./conf/app.json"`, `` `data/x.jsonc` ``). */
const JSON_NAME = /['"`]((?:\.{1,2}\/)*[\w@.-]+(?:\/[\w@.-]+)*\.jsonc?)['"`]/g;
/** Where a relative specifier starts: a quote and a dot. */
const RELATIVE_STARTS = ["'.", '".'];
/** The V1 status link's container (a file that may read a job's status link). */
const LINKS = '_links';
/** Where a JSON file is named (readFileSync(join(__dirname, 'config.json'))). */
const JSON_SUFFIX = '.json';
/**
 * Every byte string readFileFacts looks for: a file holding none of them (and no NUL byte, so not binary)
 * has exactly the facts of quietFileFacts, so it need not be read to know them (see listFilesWithout).
 */
export const FACT_NEEDLES: readonly string[] = [...MENTION_NEEDLES, ...RELATIVE_STARTS, LINKS, JSON_SUFFIX];

/**
 * Reads a file ONCE and derives everything the rewrite planner needs from its bytes: whether it is a
 * candidate for the codemod (isRewriteCandidate), and for JS/TS the facts the cross-file context is built
 * from. Nothing is decoded unless a cheap byte test says it is needed.
 */
export function readFileFacts(absolute: string): FileFacts {
  const js = isJsSource(absolute);
  const read = readFileBytes(absolute, MAX_REWRITE_BYTES);
  if (read.kind !== 'bytes')
    return {
      candidate: true,
      js,
      sensei: false,
      sdk: false,
      links: false,
      imports: [],
      reexports: false,
      plain: false,
    };
  const { bytes } = read;
  const mentioned = mayMentionV1(bytes);
  const candidate = mentioned && isRewriteCandidate(bytes);
  const plain = !mentioned && !detectBinary(bytes);
  if (!js)
    return { candidate, js, sensei: false, sdk: false, links: false, imports: [], reexports: false, plain };
  const imports: string[] = [];
  let reexports = false;
  // A relative specifier starts with a quote and a dot: no such pair, no relative import.
  if (RELATIVE_STARTS.some((start) => bytes.includes(start))) {
    const text = bytes.toString('utf8');
    for (const specifier of findRelativeSpecifiers(text)) imports.push(resolve(dirname(absolute), specifier));
    reexports = imports.length > 0 && REEXPORT.test(text);
  }
  const jsonNames = bytes.includes(JSON_SUFFIX)
    ? [...new Set([...bytes.toString('utf8').matchAll(JSON_NAME)].map((m) => m[1]!))]
    : [];
  return {
    ...(jsonNames.length > 0 ? { jsonNames } : {}),
    candidate,
    js,
    // Both needles are among mayMentionV1's: a file that mentions none of them has neither.
    sensei: mentioned && bytes.includes(V1_SEGMENT),
    sdk: mentioned && SDK_MODULES.some((m) => bytes.includes(m)),
    links: bytes.includes(LINKS),
    imports,
    reexports,
    plain,
  };
}

/** The facts of a file known to hold none of FACT_NEEDLES and no NUL byte, without reading it. */
export function quietFileFacts(absolute: string): FileFacts {
  return {
    candidate: false,
    js: isJsSource(absolute),
    sensei: false,
    sdk: false,
    links: false,
    imports: [],
    reexports: false,
    plain: true,
  };
}

/** A JS/TS source (not a .d.ts). */
function isJsSource(absolute: string): boolean {
  return JS.test(absolute) && !/\.d\.[cm]?ts$/i.test(absolute);
}
