import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSdkPlan } from './apply-sdk-plan.ts';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/sdk-and-equivalence.md'), 'utf8');

describe('docs/sdk-and-equivalence.md before/after examples are what the planner writes', () => {
  const blocks = [...DOC.matchAll(/```(js|ts)\n\/\/ before\n([\s\S]*?)\n\n\/\/ after[^\n]*\n([\s\S]*?)```/g)];
  it('has the aio-lib and photoshop-apis examples', () => {
    expect(blocks.length).toBe(2);
  });
  for (const [, lang, before, after] of blocks) {
    it(`${lang} example starting ${JSON.stringify(before!.split('\n')[0])}`, () => {
      expect(runSdkPlan(`${before}\n`, { filename: `/doc/example.m${lang}` }).output).toBe(after);
    });
  }
});
