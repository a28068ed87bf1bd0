import { V2_INPUT_HOST_ALLOWLIST } from 'rb-migrate-runtime/mapping';

let counter = 0;

/** A string placeholder for a value the codemod cannot see: an https URL on an allowed host, never in user code. */
export function makePlaceholder(): string {
  counter = (counter + 1) % 1_000_000;
  return `https://rb-migrate-placeholder-${counter}.${V2_INPUT_HOST_ALLOWLIST[0]}/value`;
}
