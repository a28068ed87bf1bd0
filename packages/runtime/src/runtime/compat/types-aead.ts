/**
 * AES-256-GCM over a fixed list of 32-byte keys, by index. The sealer uses it for V1 job ids; the runtime
 * brings a Web Crypto one (createWebCryptoAead), the gateway a faster node:crypto one with the same output.
 */
export interface Aead {
  /** 4-byte key ids (SHA-256 prefix of each key), in key order. */
  keyIds(): Promise<Uint8Array[]>;
  /** Ciphertext followed by the 16-byte tag. */
  encrypt(key: number, nonce: Uint8Array, aad: Uint8Array, plain: Uint8Array): Promise<Uint8Array>;
  /** Rejects when authentication fails. */
  decrypt(key: number, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>;
}

export type CreateAead = (keys: readonly Uint8Array[]) => Aead;
