import { sortDiagnostics } from 'rb-migrate-runtime';
import type { Diagnostic, ToV2Result } from 'rb-migrate-runtime/translate';

/**
 * What a V1 body written in a JSON document loses when it is rewritten to V2: the runtime's own split
 * (sortDiagnostics, as the JS codemod uses it) with no delivery step, since a data file has no compatibility
 * layer to upload the result to `output.href` (RB110 is a loss here), and no trusted input host. Infos
 * (fields V2 infers or ignores) are not losses.
 */
export function listJsonBodyLosses(result: ToV2Result): Diagnostic[] {
  const { refused, lossy } = sortDiagnostics(result.diagnostics, undefined, false);
  return [...refused, ...lossy];
}
