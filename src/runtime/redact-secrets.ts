/** The one redaction lives in the mapping layer (src/spec/redact-secrets.ts); re-exported for runtime users. */
export { REDACTED, redactSecrets } from '../spec/redact-secrets.ts';
