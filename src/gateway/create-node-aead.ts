import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import type { Aead } from 'rb-migrate-runtime';

const TAG_BYTES = 16;

/**
 * AES-256-GCM with node:crypto (synchronous, no Web Crypto argument conversion: several times cheaper per
 * id than crypto.subtle). Same key ids and output as the runtime's Web Crypto version, so ids move freely
 * between a gateway and v1Fetch that share keys.
 */
export function createNodeAead(keys: readonly Uint8Array[]): Aead {
  const ids = Promise.resolve(
    keys.map((k) => new Uint8Array(createHash('sha256').update(k).digest().subarray(0, 4))),
  );
  return {
    keyIds: () => ids,
    async encrypt(key, nonce, aad, plain) {
      const cipher = createCipheriv('aes-256-gcm', keys[key]!, nonce).setAAD(aad);
      return new Uint8Array(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
    },
    async decrypt(key, nonce, aad, sealed) {
      if (sealed.length < TAG_BYTES) throw new Error('sealed data too short');
      const decipher = createDecipheriv('aes-256-gcm', keys[key]!, nonce).setAAD(aad);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return new Uint8Array(
        Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]),
      );
    },
  };
}
