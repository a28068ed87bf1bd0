import { parseHttpsUrl } from './parse-https-url.ts';

let lastInput: unknown;
let lastHost: string | undefined;

/**
 * The host of an absolute https URL, or undefined when `value` is not one. The mapping evaluates several
 * conditions on the same href in a row, so the last answer is remembered (a string, so sharing it is safe).
 */
export function readHttpsHost(value: unknown): string | undefined {
  if (value !== lastInput) {
    lastInput = value;
    lastHost = parseHttpsUrl(value)?.hostname;
  }
  return lastHost;
}
