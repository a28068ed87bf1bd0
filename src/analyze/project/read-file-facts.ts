import { dirname, resolve } from 'node:path';
import { SDK_MODULES, V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import { readFileBytes } from '../../files/read-file-bytes.ts';
import { findRelativeSpecifiers } from './find-relative-specifiers.ts';
import { isRewriteCandidate, mayMentionV1 } from './is-rewrite-candidate.ts';
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
}

const JS = /\.(?:[cm]?[jt]sx?)$/i;
const REEXPORT = /\bexport\s*(?:\*|\{)|\bmodule\.exports\b/;
/** A string literal naming a JSON file (`'config.json'`, `"./conf/app.json"`, `` `data/x.jsonc` ``). */
const JSON_NAME = /['"`]((?:\.{1,2}\/)*[\w@.-]+(?:\/[\w@.-]+)*\.jsonc?)['"`]/g;

/**
 * Reads a file ONCE and derives everything the rewrite planner needs from its bytes: whether it is a
 * candidate for the codemod (isRewriteCandidate), and for JS/TS the facts the cross-file context is built
 * from. Nothing is decoded unless a cheap byte test says it is needed.
 */
export function readFileFacts(absolute: string): FileFacts {
  const js = JS.test(absolute) && !/\.d\.[cm]?ts$/i.test(absolute);
  const read = readFileBytes(absolute, MAX_REWRITE_BYTES);
  if (read.kind !== 'bytes')
    return { candidate: true, js, sensei: false, sdk: false, links: false, imports: [], reexports: false };
  const { bytes } = read;
  const mentioned = mayMentionV1(bytes);
  const candidate = mentioned && isRewriteCandidate(bytes);
  if (!js) return { candidate, js, sensei: false, sdk: false, links: false, imports: [], reexports: false };
  const imports: string[] = [];
  let reexports = false;
  // A relative specifier starts with a quote and a dot: no such pair, no relative import.
  if (bytes.includes("'.") || bytes.includes('".')) {
    const text = bytes.toString('utf8');
    for (const specifier of findRelativeSpecifiers(text)) imports.push(resolve(dirname(absolute), specifier));
    reexports = imports.length > 0 && REEXPORT.test(text);
  }
  const jsonNames = bytes.includes('.json')
    ? [...new Set([...bytes.toString('utf8').matchAll(JSON_NAME)].map((m) => m[1]!))]
    : [];
  return {
    ...(jsonNames.length > 0 ? { jsonNames } : {}),
    candidate,
    js,
    // Both needles are among mayMentionV1's: a file that mentions none of them has neither.
    sensei: mentioned && bytes.includes(V1_SEGMENT),
    sdk: mentioned && SDK_MODULES.some((m) => bytes.includes(m)),
    links: bytes.includes('_links'),
    imports,
    reexports,
  };
}
