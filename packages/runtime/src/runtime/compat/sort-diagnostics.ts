import { isRefusedLoss } from '../../translate/is-refused-loss.ts';
import type { Delivery, Diagnostic } from '../../translate/types.ts';

/** The translator's "V2 does not upload to output.href" warning: the compatibility layer does that upload. */
const HANDLED_BY_DELIVERY = 'RB110';
/** "input.href is not an https URL": not raised for an input on a trusted host (an emulator on http). */
const NOT_HTTPS = 'RB101';

export interface SortedDiagnostics {
  /** The layer cannot do what these ask (a Creative Cloud output cannot receive the result): refused always. */
  refused: Diagnostic[];
  /** Something V1 did is lost or V2 will refuse it: refused in strict mode, reported otherwise. */
  lossy: Diagnostic[];
}

/**
 * Splits the translator's diagnostics for the compatibility layer. Errors and warnings are losses (binary
 * mask, colour space, formats V2 does not write, hosts off the allowlist, Creative Cloud inputs, unknown
 * fields), except RB110, which the layer resolves by delivering the result itself, and an http input on a
 * trusted host. A Creative Cloud output cannot receive the result at all (as runV1 refuses it). Infos (fields
 * V2 infers or ignores) change nothing.
 */
export function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  delivery: Delivery | undefined,
  inputOnTrustedHost: boolean,
): SortedDiagnostics {
  const refused: Diagnostic[] = [];
  const lossy: Diagnostic[] = [];
  const deliverable = delivery !== undefined && delivery.storage !== 'adobe';
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    if (d.code === HANDLED_BY_DELIVERY && deliverable) continue;
    if (d.code === NOT_HTTPS && inputOnTrustedHost) continue;
    if (isRefusedLoss(d, delivery)) refused.push(d);
    else lossy.push(d);
  }
  return { refused, lossy };
}
