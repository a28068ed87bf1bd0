import { TranslationError } from './errors.ts';
import { isRefusedLoss } from './is-refused-loss.ts';
import { toV2 } from './to-v2.ts';
import type { Diagnostic, ToV2Options } from './types.ts';
import type { V2Request } from '../mapping/v2.ts';

export interface ToV2RequestOptions extends ToV2Options {
  /** Receives each loss (error or warning; default: one `console.warn` line, URLs without their query string). */
  onWarning?: (diagnostic: Diagnostic) => void;
}

/**
 * The V2 request for a V1 body known only at run time (what `rb-migrate rewrite` writes where such a body is
 * sent), surfacing the translator's diagnostics as the runtime's compatibility layer does: ValidationError for
 * a body that is not V1; TranslationError for a loss nothing can work around (a Creative Cloud output), or for
 * any loss with `strict`; every other loss (RB1xx errors and warnings: V2 will refuse or ignore it, e.g. RB110,
 * the result is not uploaded to output.href) goes to `onWarning` and the request is returned.
 */
export function toV2Request(v1Body: unknown, options: ToV2RequestOptions = {}): V2Request {
  const { onWarning = warn, strict = false, ...translateOptions } = options;
  const result = toV2(v1Body, translateOptions);
  const losses = result.diagnostics.filter((d) => d.severity !== 'info');
  const blocking = strict ? losses : losses.filter((d) => isRefusedLoss(d, result.delivery));
  if (blocking.length > 0)
    throw new TranslationError(
      blocking,
      strict ? undefined : 'V2 cannot deliver the result to Creative Cloud storage (refused)',
    );
  losses.forEach((d) => onWarning(d));
  return result.request;
}

function warn(d: Diagnostic): void {
  // a URL's query string may be a signature: never printed
  const message = d.message.replace(/(https?:\/\/[^\s?#'"]+)[?#][^\s'")]*/g, '$1?…');
  console.warn(`rb-migrate ${d.code} (${d.severity}): ${message}`);
}
