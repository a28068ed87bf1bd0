/** rb-migrate runtime: the V2 Remove Background client that keeps V1 behaviour. */
export { createRemoveBackgroundClient } from './create-remove-background-client.ts';
export {
  RemoveBackgroundError,
  isRemoveBackgroundError,
  type RemoveBackgroundErrorCode,
  type RemoveBackgroundErrorInit,
} from './errors.ts';
export { redactSecrets, REDACTED } from '../spec/redact-secrets.ts';
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
