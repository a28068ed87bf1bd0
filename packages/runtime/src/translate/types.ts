import type { V1Endpoint } from '../mapping/endpoints.ts';
import type { Severity } from '../mapping/rules.ts';
import type { V1Storage } from '../mapping/v1.ts';
import type { V2BackgroundColor, V2MediaType, V2Request } from '../mapping/v2.ts';

export interface Diagnostic {
  code: string;
  severity: Severity;
  /** Dotted V1 JSON path the diagnostic is about (e.g. `output.mask.format`). */
  path: string;
  message: string;
  hint?: string;
}

/** Where V1 used to write the result; V2 does not, so the caller must upload it there. */
export interface Delivery {
  href: string;
  storage: V1Storage;
}

export interface ToV2Options {
  /** Which V1 endpoint the body was posted to. Default `cutout`. */
  endpoint?: V1Endpoint;
  /** Throw a TranslationError when any error or warning is raised. */
  strict?: boolean;
  /** V2-only additions the caller wants. */
  mediaType?: V2MediaType;
  trim?: boolean;
  backgroundColor?: V2BackgroundColor;
  colorDecontamination?: number;
  /** Override the V2 input-host allowlist (e.g. to accept an emulator's host). */
  allowlist?: readonly string[];
}

export interface ToV2Result {
  request: V2Request;
  delivery?: Delivery;
  diagnostics: Diagnostic[];
}

export interface ValidationIssue {
  /** Dotted JSON path ('' for the root). */
  path: string;
  message: string;
}
