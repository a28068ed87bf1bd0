import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Follows the static imports of the BUILT translate entry and returns every bare specifier it reaches. */
function bareImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm,
    )) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else bare.add(spec);
    }
  }
  return bare;
}

describe.each([
  ['rb-migrate-runtime/translate', 'packages/runtime/dist/esm/translate/index.js'],
  ['rb-migrate-runtime', 'packages/runtime/dist/esm/runtime/index.js'],
])('%s is portable', (specifier, entry) => {
  it('the built entry statically reaches only zod', () => {
    const bare = bareImports(resolve(root, entry));
    expect([...bare].sort()).toEqual(['zod']);
  });

  it('loading it at runtime resolves no node: builtin and none of the heavy packages', () => {
    // A resolve hook records every module Node loads for `import("rb-migrate/translate")`.
    const hooks = `data:text/javascript,${encodeURIComponent(
      'export async function resolve(s, c, next) { const r = await next(s, c); console.log("RESOLVED " + r.url); return r; }',
    )}`;
    const script = `import { register } from 'node:module'; register(${JSON.stringify(hooks)}); const m = await import('${specifier}'); if (Object.keys(m).length === 0) process.exit(3);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const urls = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('RESOLVED '))
      .map((l) => l.slice(9));
    expect(urls.length).toBeGreaterThan(5);
    // Only file: URLs of our own dist or of zod may appear: a node: builtin or any other package is a failure.
    const offenders = urls.filter((u) => {
      if (!u.startsWith('file:')) return true;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1];
      return pkg !== undefined ? pkg !== 'zod' : !u.includes('/dist/');
    });
    expect(offenders).toEqual([]);
    expect(urls.some((u) => u.endsWith(`/${entry}`))).toBe(true);
  });
});
