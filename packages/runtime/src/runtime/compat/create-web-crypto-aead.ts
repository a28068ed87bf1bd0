import type { Aead } from './types-aead.ts';

/** AES-256-GCM with Web Crypto (`crypto.subtle`): runs wherever `fetch` does (Node, Deno, workers, browsers). */
export function createWebCryptoAead(keys: readonly Uint8Array[]): Aead {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('Web Crypto (crypto.subtle) is not available: pass createAead');
  const imported = Promise.all(
    keys.map((raw) => subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt'])),
  );
  const ids = Promise.all(
    keys.map(async (raw) => new Uint8Array(await subtle.digest('SHA-256', raw as BufferSource)).slice(0, 4)),
  );
  return {
    keyIds: () => ids,
    async encrypt(key, nonce, aad, plain) {
      const cryptoKey = (await imported)[key]!;
      const params = { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: aad as BufferSource };
      return new Uint8Array(await subtle.encrypt(params, cryptoKey, plain as BufferSource));
    },
    async decrypt(key, nonce, aad, sealed) {
      const cryptoKey = (await imported)[key]!;
      const params = { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: aad as BufferSource };
      return new Uint8Array(await subtle.decrypt(params, cryptoKey, sealed as BufferSource));
    },
  };
}
