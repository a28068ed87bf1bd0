import { RemoveBackgroundError } from './errors.ts';

/** `Input` of @adobe/aio-lib-photoshop-api (reference §6.1): a string, or `{ href, storage? }`. */
export type AioInput = string | { href: string; storage?: string; [key: string]: unknown };
/** `Output` of @adobe/aio-lib-photoshop-api: a string, or `{ href, storage?, type?, overwrite?, mask? … }`. */
export type AioOutput = string | { href: string; storage?: string; type?: string; [key: string]: unknown };

/** aio-lib `FileResolver`'s output type by href extension (reference §6.1, src/fileresolver.js). */
const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.dng': 'image/x-adobe-dng',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.psb': 'image/vnd.adobe.photoshop',
  '.psd': 'image/vnd.adobe.photoshop',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

/**
 * The V1 body that aio-lib's `createCutout(input, output)` / `createMask(input, output)` sent, built the way
 * its FileResolver did: strings become `{ href }`, a missing `storage` is detected from the URL host
 * (Azure / Dropbox / external; a non-URL path is a Creative Cloud path, `adobe`), and a missing
 * `output.type` comes from the href extension (PNG otherwise). `storage: "aio"` (aio-lib-files paths)
 * cannot be carried over: the path must be presigned first, so it throws UNSUPPORTED_STORAGE.
 */
export function fromAioArgs(
  input: AioInput,
  output: AioOutput,
): { input: Record<string, unknown>; output: Record<string, unknown> } {
  const i: Record<string, unknown> = typeof input === 'string' ? { href: input } : { ...input };
  const o: Record<string, unknown> = typeof output === 'string' ? { href: output } : { ...output };
  for (const side of [i, o]) {
    if (side.storage === undefined) side.storage = detectStorage(side.href);
    if (side.storage === 'aio') {
      throw new RemoveBackgroundError(
        'UNSUPPORTED_STORAGE',
        'storage "aio" (an aio-lib-files path) cannot be used without aio-lib-files: pass a presigned URL instead',
      );
    }
  }
  if (o.type === undefined) o.type = typeFromHref(o.href);
  return { input: i, output: o };
}

function parseUrl(href: unknown): URL | undefined {
  if (typeof href !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\//i.test(href)) return undefined;
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

function detectStorage(href: unknown): string {
  const url = parseUrl(href);
  if (!url) return 'adobe';
  const host = url.hostname;
  if (host.endsWith('.blob.core.windows.net') || host.endsWith('.azureedge.net')) return 'azure';
  if (host === 'content.dropboxapi.com') return 'dropbox';
  return 'external';
}

function typeFromHref(href: unknown): string {
  const url = parseUrl(href);
  const path = url ? url.pathname : typeof href === 'string' ? href : '';
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 && dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
  return TYPE_BY_EXTENSION[ext] ?? 'image/png';
}
