/** C0 and C1 controls, DEL, line/paragraph separators and bidi overrides: what can forge lines in a log. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name (or other untrusted text) made safe for a terminal or a CI log: every control character is
 * shown as an escape (`\n`, `\x1b`, `\u202e`), so a name cannot start a new line with a workflow command
 * (`::error ...`), colour or move the cursor, or reorder what is shown. Backslashes are doubled so the escape
 * cannot be faked. Used for every path printed by `rewrite` and `check` text output.
 */
export function escapeControlChars(text: string): string {
  if (!UNSAFE.test(text) && !text.includes('\\')) return text;
  UNSAFE.lastIndex = 0;
  return text.replace(/\\/g, '\\\\').replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
