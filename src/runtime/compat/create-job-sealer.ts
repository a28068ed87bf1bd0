import { decodeBase64url } from './decode-base64url.ts';
import { encodeBase64url } from './encode-base64url.ts';
import type { CompatTicket } from './types.ts';

/** Layout version of a sealed id (first byte). */
const VERSION = 1;
const KID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KID_BYTES;

export type OpenResult =
  | { ok: true; ticket: CompatTicket; expiresAt: number }
  /**
   * `malformed`: not a sealed id of this layout; `unknown-key`: sealed with a key this process does not
   * hold; `tampered`: authentication failed; `expired`: valid but past its expiry.
   */
  | { ok: false; reason: 'malformed' | 'unknown-key' | 'tampered' | 'expired' };

export interface JobSealer {
  /** Key id (hex) of the key that seals. */
  readonly currentKeyId: Promise<string>;
  seal(ticket: CompatTicket): Promise<string>;
  open(id: string): Promise<OpenResult>;
}

interface Key {
  kid: Uint8Array;
  key: CryptoKey;
}

/**
 * Seals V1 job ids with AES-256-GCM (Web Crypto, so it runs wherever `fetch` does): version byte, 4-byte key
 * id (SHA-256 prefix of the key), random 96-bit nonce, ciphertext of the JSON ticket with its expiry, 128-bit
 * tag; the version and key id are authenticated as additional data. The whole is base64url. The first key
 * seals; every key opens (rotation). No client can read or forge an id; any replica with the keys can open it.
 */
export function createJobSealer(
  keys: readonly Uint8Array[],
  options: { ttlMs: number; now: () => number },
): JobSealer {
  if (keys.length === 0) throw new TypeError('createJobSealer: give at least one key');
  for (const key of keys) {
    if (key.length !== 32) throw new TypeError(`sealing keys are 32 bytes, got ${key.length}`);
  }
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('createJobSealer: Web Crypto (crypto.subtle) is not available');
  const ready: Promise<Key[]> = Promise.all(
    keys.map(async (raw) => ({
      kid: new Uint8Array(await subtle.digest('SHA-256', raw as BufferSource)).slice(0, KID_BYTES),
      key: await subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']),
    })),
  );
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  return {
    currentKeyId: ready.then(([current]) =>
      [...current!.kid].map((b) => b.toString(16).padStart(2, '0')).join(''),
    ),
    async seal(ticket) {
      const [current] = await ready;
      const header = new Uint8Array(HEADER_BYTES);
      header[0] = VERSION;
      header.set(current!.kid, 1);
      const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
      const plain = encoder.encode(JSON.stringify({ ...ticket, exp: options.now() + options.ttlMs }));
      const sealed = new Uint8Array(
        await subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: header }, current!.key, plain),
      );
      const out = new Uint8Array(HEADER_BYTES + NONCE_BYTES + sealed.length);
      out.set(header, 0);
      out.set(nonce, HEADER_BYTES);
      out.set(sealed, HEADER_BYTES + NONCE_BYTES);
      return encodeBase64url(out);
    },
    async open(id) {
      const bytes = id.length > 8192 ? undefined : decodeBase64url(id);
      if (!bytes || bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES || bytes[0] !== VERSION) {
        return { ok: false, reason: 'malformed' };
      }
      const header = bytes.slice(0, HEADER_BYTES);
      const match = (await ready).find((k) => k.kid.every((b, i) => b === header[1 + i]));
      if (!match) return { ok: false, reason: 'unknown-key' };
      let plain: ArrayBuffer;
      try {
        plain = await subtle.decrypt(
          {
            name: 'AES-GCM',
            iv: bytes.slice(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES),
            additionalData: header as BufferSource,
          },
          match.key,
          bytes.slice(HEADER_BYTES + NONCE_BYTES),
        );
      } catch {
        return { ok: false, reason: 'tampered' };
      }
      const { exp, ...ticket } = JSON.parse(decoder.decode(plain)) as CompatTicket & { exp: number };
      if (!(options.now() <= exp)) return { ok: false, reason: 'expired' };
      return { ok: true, ticket, expiresAt: exp };
    },
  };
}
