import { relative } from 'node:path';
import { escapeControlChars } from '../files/escape-control-chars.ts';
import type { InterruptedGroup } from './find-interrupted-groups.ts';

/**
 * One line about a group a killed `rewrite` left half-written: its journal and each file's state, e.g.
 * `.rb-migrate-journal-123-0a1b2c3d.json: a.js written, b.js not written`.
 */
export function describeInterruptedGroup(group: InterruptedGroup, cwd: string): string {
  const show = (path: string) => escapeControlChars(relative(cwd, path) || path);
  return `${show(group.journal)}: ${group.files.map((f) => `${show(f.path)} ${f.state}`).join(', ')}`;
}
