import { ENDPOINTS, type V1Endpoint, type V2Mode, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { translateUrl } from 'rb-migrate-runtime/translate';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import type { MigrationEdit } from './types.ts';
import { findPaths } from '../ast/find-paths.ts';
import { isProseString } from './is-prose-string.ts';
import { isV1ExampleText } from '../json/find-json-v1-examples.ts';

export interface EndpointLiteral {
  /** The StringLiteral / Literal / TemplateLiteral holding the V1 path. */
  path: AnyPath;
  kind: 'submit' | 'status';
  endpoint?: V1Endpoint;
  mode?: V2Mode;
  /** Replaces the literal (or the template piece) with its V2 spelling; quotes and the rest are kept. */
  edit: MigrationEdit;
}

const TYPE_POSITIONS = new Set([
  'TSLiteralType',
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
]);

/**
 * Every string literal and template piece in code (never in comments) that holds a V1 Remove Background
 * path, with the edit that turns it into the V2 path (translateUrl). Other `/sensei/<name>` paths do not match.
 */
export function findEndpointLiterals(ctx: CodemodContext): EndpointLiteral[] {
  return findV1Strings(ctx).filter((l) => !isProseString(l.path) && !isV1ExampleText(stringOf(ctx, l)));
}

/**
 * V1 paths that are not requests: prose (test titles, log and error messages; RB310, info) and whole V1
 * examples written as text (a URL with its V1 body or V1 response, as docs data carries them; RB311).
 */
export function findProseMentions(
  ctx: CodemodContext,
): { start: number; end: number; code: 'RB310' | 'RB311' }[] {
  type Mention = { start: number; end: number; code: 'RB310' | 'RB311' };
  return findV1Strings(ctx).flatMap((l): Mention[] => {
    const at = { start: l.edit.start, end: l.edit.end };
    if (isV1ExampleText(stringOf(ctx, l))) return [{ ...at, code: 'RB311' }];
    return isProseString(l.path) ? [{ ...at, code: 'RB310' }] : [];
  });
}

function stringOf(ctx: CodemodContext, literal: EndpointLiteral): string {
  const node = literal.path.node;
  return typeof node.value === 'string' ? node.value : ctx.source.slice(node.start, node.end);
}

function findV1Strings(ctx: CodemodContext): EndpointLiteral[] {
  const found: EndpointLiteral[] = [];
  const probe = createV1PathPattern('');
  const consider = (
    path: AnyPath,
    start: number,
    end: number,
    rawInner: string,
    wrap: (s: string) => string,
  ) => {
    if (!probe.test(rawInner)) return;
    if (TYPE_POSITIONS.has(path.parent?.node.type)) return;
    const translated = translateUrl(rawInner);
    if (!translated) return;
    const row =
      translated.kind === 'submit'
        ? ENDPOINTS.find((e) => e.kind === 'submit' && e.mode === translated.mode)
        : undefined;
    found.push({
      path,
      kind: translated.kind,
      endpoint: row?.endpoint,
      mode: translated.mode,
      edit: {
        start,
        end,
        text: wrap(translated.url),
        kind: translated.kind === 'submit' ? 'endpoint' : 'status-url',
      },
    });
  };
  const visitString = (path: AnyPath) => {
    const node = path.node;
    if (typeof node.value !== 'string') return;
    const raw = ctx.source.slice(node.start, node.end);
    const q = raw[0] ?? '';
    consider(path, node.start, node.end, raw.slice(1, -1), (s) => `${q}${s}${q}`);
  };
  findPaths(ctx.root, 'StringLiteral').forEach(visitString);
  findPaths(ctx.root, 'Literal').forEach((p: AnyPath) => {
    if (p.node.type === 'Literal') visitString(p);
  });
  findPaths(ctx.root, 'TemplateLiteral').forEach((path: AnyPath) => {
    for (const quasi of path.node.quasis) {
      const raw = ctx.source.slice(quasi.start, quasi.end);
      consider(path, quasi.start, quasi.end, raw, (s) => s);
    }
  });
  return found.sort((a, b) => a.edit.start - b.edit.start);
}
