import type { Aead } from './types-aead.ts';

/** The byte type Web Crypto takes (BufferSource), named through the global so Node's and the DOM's types both fit. */
type Bytes = Parameters<typeof globalThis.crypto.subtle.digest>[1];

/** AES-256-GCM with Web Crypto (`crypto.subtle`): runs wherever `fetch` does (Node, Deno, workers, browsers). */
export function createWebCryptoAead(keys: readonly Uint8Array[]): Aead {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('Web Crypto (crypto.subtle) is not available: pass createAead');
  const imported = Promise.all(
    keys.map((raw) => subtle.importKey('raw', raw as Bytes, 'AES-GCM', false, ['encrypt', 'decrypt'])),
  );
  const ids = Promise.all(
    keys.map(async (raw) => new Uint8Array(await subtle.digest('SHA-256', raw as Bytes)).slice(0, 4)),
  );
  return {
    keyIds: () => ids,
    async encrypt(key, nonce, aad, plain) {
      const cryptoKey = (await imported)[key]!;
      const params = { name: 'AES-GCM', iv: nonce as Bytes, additionalData: aad as Bytes };
      return new Uint8Array(await subtle.encrypt(params, cryptoKey, plain as Bytes));
    },
    async decrypt(key, nonce, aad, sealed) {
      const cryptoKey = (await imported)[key]!;
      const params = { name: 'AES-GCM', iv: nonce as Bytes, additionalData: aad as Bytes };
      return new Uint8Array(await subtle.decrypt(params, cryptoKey, sealed as Bytes));
    },
  };
}
