/** Suffix of the environment variable that holds older keys (comma-separated), e.g. `RB_GATEWAY_SECRET_OLD`. */
export const OLD_KEYS_SUFFIX = '_OLD';

/**
 * Reads the sealing keys from the environment: `<name>` holds the current key (32 random bytes, base64 or
 * base64url; `openssl rand -base64 32`), `<name>_OLD` optional older keys, comma-separated, that still open
 * ids sealed before a rotation. Throws an Error naming the variable (never its value) when a key is missing
 * or not 32 bytes.
 */
export function readGatewayKeys(env: Record<string, string | undefined>, name: string): Uint8Array[] {
  const current = env[name]?.trim();
  if (!current) {
    throw new Error(
      `${name} is not set: give the gateway a sealing key (32 random bytes, base64), e.g. ` +
        `export ${name}="$(openssl rand -base64 32)"; every replica needs the same key`,
    );
  }
  const old = (env[`${name}${OLD_KEYS_SUFFIX}`] ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return [
    decodeKey(current, name),
    ...old.map((k, i) => decodeKey(k, `${name}${OLD_KEYS_SUFFIX} (key ${i + 1})`)),
  ];
}

function decodeKey(text: string, where: string): Uint8Array {
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new Error(
      `${where} must be 32 bytes in base64 (got ${bytes.length} bytes); use openssl rand -base64 32`,
    );
  }
  return new Uint8Array(bytes);
}
