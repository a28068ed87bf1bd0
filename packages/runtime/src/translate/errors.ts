import type { Diagnostic, ValidationIssue } from './types.ts';

/** The input is not a valid V1 body (or the options are invalid). Nothing was translated. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly code = 'INVALID_INPUT';
  constructor(
    readonly where: 'body' | 'options' | 'response',
    readonly issues: readonly ValidationIssue[],
  ) {
    super(
      `invalid ${where === 'body' ? 'V1 request body' : where}: ` +
        issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '),
    );
  }
}

/** Strict mode: the translation raised errors or warnings. */
export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  readonly code = 'TRANSLATION_LOSSY';
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    reason = 'translation is not lossless (strict)',
  ) {
    super(
      `${reason}: ` +
        diagnostics
          .filter((d) => d.severity !== 'info')
          .map((d) => `${d.code} ${d.path}`)
          .join(', '),
    );
  }
}
