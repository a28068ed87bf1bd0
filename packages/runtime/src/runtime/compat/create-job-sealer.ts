import { createWebCryptoAead } from './create-web-crypto-aead.ts';
import { decodeBase64url } from './decode-base64url.ts';
import { encodeBase64url } from './encode-base64url.ts';
import type { CreateAead } from './types-aead.ts';
import type { CompatTicket } from './types.ts';

/** Layout version of a sealed id (first byte). */
const VERSION = 1;
const KID_BYTES = 4;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KID_BYTES;
/** Longer ids are refused before decoding (a sealed id with S3 URLs is about 550 characters). */
const MAX_ID_LENGTH = 8192;

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

/**
 * Seals V1 job ids with AES-256-GCM: version byte, 4-byte key id (SHA-256 prefix of the key), random 96-bit
 * nonce, ciphertext of the JSON ticket with its expiry, 128-bit tag; the version and key id are authenticated
 * as additional data. The whole is base64url. The first key seals; every key opens (rotation). No client can
 * read or forge an id; any instance with the keys can open it.
 */
export function createJobSealer(
  keys: readonly Uint8Array[],
  options: { ttlMs: number; now: () => number; createAead?: CreateAead },
): JobSealer {
  if (keys.length === 0) throw new TypeError('createJobSealer: give at least one key');
  for (const key of keys) {
    if (key.length !== 32) throw new TypeError(`sealing keys are 32 bytes, got ${key.length}`);
  }
  const aead = (options.createAead ?? createWebCryptoAead)(keys);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  return {
    currentKeyId: aead
      .keyIds()
      .then(([kid]) => [...kid!].map((b) => b.toString(16).padStart(2, '0')).join('')),
    async seal(ticket) {
      const [kid] = await aead.keyIds();
      const header = new Uint8Array(HEADER_BYTES);
      header[0] = VERSION;
      header.set(kid!, 1);
      const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
      const plain = encoder.encode(JSON.stringify({ ...ticket, exp: options.now() + options.ttlMs }));
      const sealed = await aead.encrypt(0, nonce, header, plain);
      const out = new Uint8Array(HEADER_BYTES + NONCE_BYTES + sealed.length);
      out.set(header, 0);
      out.set(nonce, HEADER_BYTES);
      out.set(sealed, HEADER_BYTES + NONCE_BYTES);
      return encodeBase64url(out);
    },
    async open(id) {
      const bytes = id.length > MAX_ID_LENGTH ? undefined : decodeBase64url(id);
      if (!bytes || bytes.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES || bytes[0] !== VERSION) {
        return { ok: false, reason: 'malformed' };
      }
      const header = bytes.slice(0, HEADER_BYTES);
      const key = (await aead.keyIds()).findIndex((kid) => kid.every((b, i) => b === header[1 + i]));
      if (key < 0) return { ok: false, reason: 'unknown-key' };
      let plain: Uint8Array;
      try {
        const nonce = bytes.slice(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
        plain = await aead.decrypt(key, nonce, header, bytes.slice(HEADER_BYTES + NONCE_BYTES));
      } catch {
        return { ok: false, reason: 'tampered' };
      }
      const { exp, ...ticket } = JSON.parse(decoder.decode(plain)) as CompatTicket & { exp: number };
      if (!(options.now() <= exp)) return { ok: false, reason: 'expired' };
      return { ok: true, ticket, expiresAt: exp };
    },
  };
}
