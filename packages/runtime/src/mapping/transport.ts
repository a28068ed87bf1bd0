/**
 * Wire-level facts shared by the runtime client and the emulator: header names, how each V1 storage kind
 * receives an upload, which status codes carry Retry-After, and which URL parts are secrets.
 * Source: shared/reference/remove-background-api.md §1.1, §1.2, §3.2, §3.3, §4.2, §5 row 6.
 */
import type { V1Storage } from './v1.ts';

/** Request headers of both versions (reference §1.2, §3.2). */
export const API_HEADERS = {
  authorization: 'authorization',
  apiKey: 'x-api-key',
  contentType: 'content-type',
  /** V1 only, optional (reference §1.2); not part of V2. */
  orgId: 'x-gw-ims-org-id',
} as const;

/** `Authorization: Bearer <token>` (reference §1.2, §3.2). */
export const AUTH_SCHEME = 'Bearer';

/** Both POST bodies are JSON (reference §1.2, §3.2). */
export const JSON_CONTENT_TYPE = 'application/json';

/** Storage kinds that can receive a delivered result; `adobe` (Creative Cloud paths) cannot (reference §5 row 3). */
export type UploadStorage = Exclude<V1Storage, 'adobe'>;

export interface UploadProtocol {
  method: 'PUT' | 'POST';
  /** Extra headers the storage requires on the upload. */
  headers: Readonly<Record<string, string>>;
  /** Whether the upload request carries the result's own Content-Type (false: the headers above fix it). */
  sendsMediaType: boolean;
}

/**
 * How V1 wrote its result to `output.href`, per storage (reference §1.1 "in practice a presigned PUT URL",
 * §5 row 6): S3-style presigned PUT; Azure SAS PUT of a block blob; Dropbox temporary upload link
 * (POST, application/octet-stream); any other presigned URL: PUT.
 */
export const UPLOAD_PROTOCOLS: Readonly<Record<UploadStorage, UploadProtocol>> = {
  external: { method: 'PUT', headers: {}, sendsMediaType: true },
  azure: { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, sendsMediaType: true },
  dropbox: { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, sendsMediaType: false },
};

/** The Azure header a blob PUT must carry (emulator enforces it). */
export const AZURE_BLOB_TYPE_HEADER = 'x-ms-blob-type';

/** Responses whose Retry-After tells the client when to try again (reference §3.3: 429 may carry it). */
export const RETRY_AFTER_STATUSES: readonly number[] = [429, 503];

/** Headers whose values are credentials and must never be printed. */
export const SECRET_HEADERS: readonly string[] = [
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'cookie',
  'set-cookie',
];

/**
 * Query parameters (compared case-insensitively) that carry presigned-URL signatures or tokens:
 * S3 SigV4, GCS V4, Azure SAS, OAuth-style tokens.
 */
export const SECRET_QUERY_PARAMS: readonly string[] = [
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'signature',
  'awsaccesskeyid',
  'x-goog-signature',
  'x-goog-credential',
  'googleaccessid',
  'sig',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code',
  'key',
  'api_key',
  'apikey',
];

/**
 * Path prefixes after which the next segment is a bearer token (Dropbox temporary links:
 * `content.dropboxapi.com/apitul/1/<token>`, `dl.dropboxusercontent.com/apitl/1/<token>`).
 */
export const SECRET_PATH_PREFIXES: readonly string[] = ['/apitul/1/', '/apitl/1/'];
