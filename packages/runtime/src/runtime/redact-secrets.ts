/** The one redaction lives in the mapping layer (packages/runtime/src/mapping/redact-secrets.ts); re-exported for runtime users. */
export { REDACTED, redactSecrets } from '../mapping/redact-secrets.ts';
