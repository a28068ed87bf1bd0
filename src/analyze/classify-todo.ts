/**
 * Whether a coded TODO records a loss on a site that is still migrated (translator RB1xx, a status echo, a
 * response passed on after the rewrite) or the reason a site is left V1 (every other RB2xx).
 */
const LOSS_CODES = new Set(['RB205', 'RB220']);

export function classifyTodo(code: string): 'loss' | 'leave' {
  return code.startsWith('RB1') || LOSS_CODES.has(code) ? 'loss' : 'leave';
}
