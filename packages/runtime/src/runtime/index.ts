/** rb-migrate runtime: the V2 Remove Background client that keeps V1 behaviour. */
export { createRemoveBackgroundClient } from './create-remove-background-client.ts';
export { deliver } from './deliver.ts';
export {
  RemoveBackgroundError,
  isRemoveBackgroundError,
  type RemoveBackgroundErrorCode,
  type RemoveBackgroundErrorInit,
} from './errors.ts';
export { redactSecrets, REDACTED } from '../mapping/redact-secrets.ts';
export type {
  ClientEvent,
  ClientOptions,
  DeliverOptions,
  DeliverResult,
  DeliverTarget,
  FetchLike,
  Job,
  RemoveBackgroundClient,
  RequestOptions,
  RunV1Options,
  RunV1Result,
  SubmitOptions,
  WaitOptions,
} from './types.ts';
export * from './sdk-adapters.ts';
export { createV1Fetch, type V1Fetch, type V1FetchOptions } from './compat/create-v1-fetch.ts';
export { v1Fetch } from './compat/v1-fetch.ts';
export { v1AxiosAdapter } from './compat/v1-axios-adapter.ts';
export {
  createV1AxiosAdapter,
  type AxiosLikeAdapter,
  type AxiosLikeConfig,
  type AxiosLikeResponse,
} from './compat/create-v1-axios-adapter.ts';
export { createCompatCore, type CompatCore } from './compat/create-compat-core.ts';
export { createWebCryptoAead } from './compat/create-web-crypto-aead.ts';
export type { Aead, CreateAead } from './compat/types-aead.ts';
export type {
  CompatOptions,
  CompatRequest,
  CompatResponse,
  CompatTicket,
  CompatWarning,
} from './compat/types.ts';
// Used by the rb-migrate CLI/codemod (package-name imports).
export { buildV1Error } from './compat/build-v1-error.ts';
export { matchV1Path } from './compat/match-v1-path.ts';
export { sortDiagnostics } from './compat/sort-diagnostics.ts';
