/**
 * Response-side mapping data (reference §2.1, §4.2, §5 rows 16–18): how V2 error bodies are presented to
 * code that still expects V1 shapes.
 */

/** V1 error `type` by HTTP status (reference §2.1 documented errors). */
export const V1_ERROR_TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'InputValidationError',
  401: 'InvalidAuthTokenError',
  402: 'TrialLimitExceededError',
  403: 'InvalidAuthTokenError',
  404: 'ResourceNotFound',
  409: 'FileOverwriteError',
  410: 'FileLinkInvalidError',
  422: 'InputValidationError',
  429: 'TooManyRequests',
  500: 'InternalServerError',
};

export const V1_ERROR_TYPE_FALLBACK = 'InternalServerError';

/** V2 error_code values (reference §4.2) that a failed job or request may carry. */
export const V2_ERROR_CODES = [
  'validation_error',
  'invalid_content_type',
  'unknown_job_id',
  'unauthorized',
  'unauthorized_forbidden',
  'unauthorized_rate_limited',
  'rate_limited',
  'access_error',
  'runtime_error',
  'invalid_json',
] as const;

/**
 * The V2 `error_code` an HTTP error status carries (reference §4.2 codes); used by the emulator's error
 * bodies and as the client's fallback when a body has none.
 */
export const V2_ERROR_CODE_BY_STATUS: Readonly<Record<number, (typeof V2_ERROR_CODES)[number]>> = {
  400: 'validation_error',
  401: 'unauthorized',
  403: 'unauthorized_forbidden',
  404: 'unknown_job_id',
  415: 'invalid_content_type',
  429: 'unauthorized_rate_limited',
  500: 'runtime_error',
};
