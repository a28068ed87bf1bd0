import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTransformations, TRANSFORMATIONS_PATH } from '../../scripts/generate-transformations.ts';

describe('docs/TRANSFORMATIONS.md', () => {
  it('is generated from the current fixtures (run: npx tsx scripts/generate-transformations.ts)', () => {
    expect(readFileSync(TRANSFORMATIONS_PATH, 'utf8')).toBe(renderTransformations());
  });
});
