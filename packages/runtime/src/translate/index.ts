/**
 * rb-migrate/translate: the pure V1 → V2 translator, the schemas and the mapping.
 * Imports nothing from node:, jscodeshift, ts-morph, yargs or prettier, so it runs in browsers and edge runtimes.
 */
export { toV2 } from './to-v2.ts';
export { toV2Request, type ToV2RequestOptions } from './to-v2-request.ts';
export { translateUrl, type TranslatedUrl } from './translate-url.ts';
export { acceptedToV1 } from './accepted-to-v1.ts';
export { statusToV1, type V1StatusView, type StatusToV1Options } from './status-to-v1.ts';
export { errorToV1 } from './error-to-v1.ts';
export { ValidationError, TranslationError } from './errors.ts';
export type { Diagnostic, Delivery, ToV2Options, ToV2Result, ValidationIssue } from './types.ts';
export * from '../mapping/index.ts';
// Used by the rb-migrate CLI/codemod (package-name imports).
export { RESPONSE_PATHS } from './response-paths.ts';
