import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { UploadStorage } from 'rb-migrate-runtime/mapping';
import type { EmulatorState, StorageUrlOptions, StoredObject } from './types.ts';

const DEFAULT_EXPIRY_MS = 60 * 60 * 1000;
type Access = 'read' | 'write';
type Resolved =
  | { key: string; kind: UploadStorage; access: Access; consume?: () => void }
  | { error: number; reason: string };

/** Bounds of the store: objects (and Dropbox links) kept at most, and for how long after their last write. */
export interface StorageLimits {
  maxObjects: number;
  objectTtlMs: number;
}

/**
 * The emulator's in-memory object store and its three URL dialects, all over one key space:
 * S3-style presigned URLs (`/s3/<key>?X-Amz-…&X-Amz-Signature=…`), Azure SAS URLs
 * (`/azure/<key>?sv&se&sp&sig`) and Dropbox temporary links (`/dropbox/apitul/1/<token>` upload,
 * `/dropbox/apitl/1/<token>` download; an upload link takes one upload, then answers 409). Signatures are
 * HMACs with a per-emulator secret; expiry is checked. Memory stays bounded: objects older than `objectTtlMs`
 * or beyond `maxObjects` (oldest write first) are dropped, and so are expired or surplus Dropbox links.
 */
export function createStorage(getBaseUrl: () => string, limits: StorageLimits): EmulatorState['storage'] {
  const secret = randomBytes(32);
  /** In write order (a rewrite moves the key to the end), so the oldest is first. */
  const objects = new Map<string, StoredObject & { storedAt: number }>();
  const writeCounts = new Map<string, number>();
  const dropboxLinks = new Map<string, { key: string; access: Access; expiresAt: number; used?: boolean }>();
  const evict = () => {
    const now = Date.now();
    for (const [key, object] of objects) {
      if (objects.size <= limits.maxObjects && now - object.storedAt <= limits.objectTtlMs) break;
      objects.delete(key);
      writeCounts.delete(key);
    }
    for (const [token, link] of dropboxLinks) {
      if (dropboxLinks.size <= limits.maxObjects && now <= link.expiresAt) break;
      dropboxLinks.delete(token);
    }
  };
  const live = (key: string) => {
    evict();
    return objects.get(key);
  };
  const sign = (parts: string[]) => createHmac('sha256', secret).update(parts.join('\n')).digest('hex');
  const same = (a: string, b: string) =>
    a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

  return {
    url(key, options: StorageUrlOptions = {}) {
      const kind = options.storage ?? 'external';
      const access = options.access ?? 'write';
      const expiresAt = Date.now() + (options.expiresInMs ?? DEFAULT_EXPIRY_MS);
      const base = getBaseUrl();
      const path = encodeKey(key);
      if (kind === 'dropbox') {
        const token = randomBytes(18).toString('base64url');
        dropboxLinks.set(token, { key, access, expiresAt });
        evict();
        return `${base}/dropbox/${access === 'write' ? 'apitul' : 'apitl'}/1/${token}`;
      }
      if (kind === 'azure') {
        const se = new Date(expiresAt).toISOString();
        const sp = access === 'write' ? 'w' : 'r';
        const sig = sign(['azure', key, sp, se]);
        return `${base}/azure/${path}?sv=2022-11-02&sr=b&sp=${sp}&se=${encodeURIComponent(se)}&sig=${sig}`;
      }
      const date = new Date(expiresAt - (options.expiresInMs ?? DEFAULT_EXPIRY_MS));
      const amzDate = date
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
      const expires = Math.max(1, Math.ceil((options.expiresInMs ?? DEFAULT_EXPIRY_MS) / 1000));
      const signature = sign(['s3', key, access, String(expiresAt)]);
      const credential = encodeURIComponent(
        `EMULATORACCESSKEY/${amzDate.slice(0, 8)}/us-east-1/s3/aws4_request`,
      );
      return (
        `${base}/s3/${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${credential}` +
        `&X-Amz-Date=${amzDate}&X-Amz-Expires=${expires}&X-Emulator-Expires-At=${expiresAt}` +
        `&X-Amz-SignedHeaders=host&X-Amz-Signature=${signature}`
      );
    },
    read: (key) => live(key)?.bytes,
    contentType: (key) => live(key)?.contentType,
    write(key, bytes, contentType = 'application/octet-stream') {
      objects.delete(key);
      objects.set(key, { bytes: Buffer.from(bytes), contentType, storedAt: Date.now() });
      writeCounts.set(key, (writeCounts.get(key) ?? 0) + 1);
      evict();
    },
    writes: (key) => writeCounts.get(key) ?? 0,
    keys: () => {
      evict();
      return [...objects.keys()].sort();
    },
    resolve(method, url): Resolved {
      const access: Access = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
      const segments = url.pathname.split('/').filter(Boolean);
      const kind = segments[0];
      if (kind === 'dropbox') {
        const expected = access === 'write' ? 'apitul' : 'apitl';
        const link =
          segments[1] === expected && segments[2] === '1' ? dropboxLinks.get(segments[3] ?? '') : undefined;
        if (!link || link.access !== access) return { error: 404, reason: 'unknown or wrong temporary link' };
        if (Date.now() > link.expiresAt) return { error: 410, reason: 'temporary link expired' };
        // A temporary upload link takes one upload; a second one is a conflict.
        if (access === 'write' && link.used) return { error: 409, reason: 'temporary link already used' };
        const consume = access === 'write' ? () => void (link.used = true) : undefined;
        return { key: link.key, kind: 'dropbox', access, ...(consume ? { consume } : {}) };
      }
      const key = decodeKey(segments.slice(1));
      const q = url.searchParams;
      if (kind === 'azure') {
        const se = q.get('se') ?? '';
        const sp = q.get('sp') ?? '';
        const sig = q.get('sig') ?? '';
        if (sp !== (access === 'write' ? 'w' : 'r') || !same(sig, sign(['azure', key, sp, se]))) {
          return { error: 403, reason: 'AuthenticationFailed: signature did not match' };
        }
        if (Date.now() > Date.parse(se))
          return { error: 403, reason: 'AuthenticationFailed: signed expiry time has passed' };
        return { key, kind: 'azure', access };
      }
      if (kind === 's3') {
        const expiresAt = q.get('X-Emulator-Expires-At') ?? '';
        const signature = q.get('X-Amz-Signature') ?? '';
        if (!same(signature, sign(['s3', key, access, expiresAt]))) {
          return { error: 403, reason: 'SignatureDoesNotMatch' };
        }
        if (Date.now() > Number(expiresAt))
          return { error: 403, reason: 'AccessDenied: Request has expired' };
        return { key, kind: 'external', access };
      }
      return { error: 404, reason: 'not a storage path' };
    },
  };
}

function encodeKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

function decodeKey(segments: string[]): string {
  return segments.map((s) => decodeURIComponent(s)).join('/');
}
