import { findTodoMarkers } from 'rb-migrate-runtime/mapping';
import type { RawFinding } from '../types.ts';

/** RB305: every `rb-migrate RBxxx:` TODO marker the codemod left (any file type). */
export function detectTodoMarkers(text: string): RawFinding[] {
  if (!text.includes('rb-migrate')) return [];
  return findTodoMarkers(text).map((m) => ({
    rule: 'RB305' as const,
    index: m.index,
    length: 0,
    value: `${m.code}: ${m.message.length > 100 ? `${m.message.slice(0, 97)}...` : m.message}`,
  }));
}
