import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPaths } from '../../src/analyze/ast/find-paths.ts';
import { parseSource } from '../../src/analyze/ast/parse-source.ts';

const FIXTURES = fileURLToPath(new URL('../../__testfixtures__', import.meta.url));
const inputs = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.input\.[cm]?[jt]sx?$/.test(f))
  .sort();
const TYPES = [
  'Node',
  'Expression',
  'Literal',
  'StringLiteral',
  'TemplateLiteral',
  'Identifier',
  'VariableDeclarator',
  'CallExpression',
  'MemberExpression',
  'ImportDeclaration',
  'TSTypeReference',
];

describe('findPaths (one indexed traversal) answers exactly what jscodeshift find() does', () => {
  it('covers the fixture inputs', () => expect(inputs.length).toBeGreaterThan(50));

  it.each(inputs)('%s', (file) => {
    const source = readFileSync(join(FIXTURES, file), 'utf8');
    const { j, root } = parseSource(source, file);
    for (const type of TYPES) {
      const expected = root.find((j as any)[type]).paths();
      const actual = findPaths(root, type);
      // The same NodePath objects, in the same order (so scope, parent and get() behave as before).
      expect(actual.length, type).toBe(expected.length);
      expect(
        actual.every((p, i) => p === expected[i]),
        type,
      ).toBe(true);
    }
    const name = findPaths(root, 'Identifier')[0]?.value.name;
    if (name)
      expect(findPaths(root, 'Identifier', (n) => n.type === 'Identifier' && n.name === name)).toEqual(
        root.find(j.Identifier, { name }).paths(),
      );
  });
});
