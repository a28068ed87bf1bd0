/** Path prefixes of the emulator's own storage (its S3, Azure and Dropbox dialects). */
export const STORAGE_PREFIXES: readonly string[] = ['/s3/', '/azure/', '/dropbox/'];
