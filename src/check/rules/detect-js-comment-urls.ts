import type { Comment } from '@babel/types';
import { createV1PathPattern } from '../../spec/v1-path-pattern.ts';
import { TODO_MARKER_PATTERN } from '../../spec/todo-marker.ts';
import type { RawFinding } from '../types.ts';
import { V1_SEGMENT } from '../../spec/endpoints.ts';

/** RB307: V1 paths inside JS/TS comments (info). Comments that are rb-migrate TODO markers are RB305's. */
export function detectJsCommentUrls(comments: readonly Comment[]): RawFinding[] {
  const found: RawFinding[] = [];
  for (const comment of comments) {
    if (!comment.value.includes(V1_SEGMENT)) continue;
    const source = comment.type === 'CommentBlock' ? `/*${comment.value}*/` : `//${comment.value}`;
    if (TODO_MARKER_PATTERN.test(source)) continue;
    for (const m of comment.value.matchAll(createV1PathPattern('g'))) {
      const index = (comment.start ?? 0) + 2 + m.index + (m[1] ?? '').length;
      found.push({ rule: 'RB307', index, length: m[2]!.length, value: `/${m[2]}` });
    }
  }
  return found;
}
