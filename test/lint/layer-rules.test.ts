import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, type Layer } from '../../scripts/eslint-layers.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: REPO });

/** Lints `import … from <the probe of target>` as if written in a new file of layer `from`: the messages of `ruleId`. */
async function lintImport(
  fromFile: string,
  specifier: string,
  ruleId = 'layers/allowed-imports',
): Promise<string[]> {
  const code = `import { probe } from '${specifier}';\nexport const value = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(REPO, fromFile) });
  return result!.messages.filter((m) => m.ruleId === ruleId).map((m) => m.message);
}

/** A file that would belong to the layer (inside its first path; a layer whose path is a file: that file). */
function probeIn(layer: Layer): string {
  const path = layer.paths[0]!;
  return path.endsWith('.ts') ? path : `${path}/layer-probe.ts`;
}

function specifier(fromFile: string, toFile: string): string {
  const rel = relative(dirname(fromFile), toFile);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const checked = LAYERS.filter((l) => l.imports !== '*');

describe('layer rules (scripts/eslint-layers.mjs) bite', { timeout: 60_000 }, () => {
  for (const layer of checked) {
    const from = probeIn(layer);
    const forbidden = LAYERS.filter((l) => l !== layer && !(layer.imports as string[]).includes(l.name));
    const allowed = LAYERS.filter((l) => (layer.imports as string[]).includes(l.name));

    it(`${layer.name} may not import ${forbidden.map((l) => l.name).join(', ') || 'anything else'}`, async () => {
      for (const target of forbidden) {
        const messages = await lintImport(from, specifier(from, probeIn(target)));
        expect(messages, `${layer.name} → ${target.name}`).toEqual([
          expect.stringContaining(`${layer.name} must not import ${target.name}`),
        ]);
      }
    });

    it(`${layer.name} may import ${allowed.map((l) => l.name).join(', ') || 'only itself'}`, async () => {
      for (const target of [layer, ...allowed])
        expect(
          await lintImport(from, specifier(from, probeIn(target))),
          `${layer.name} → ${target.name}`,
        ).toEqual([]);
    });
  }

  it('resolves the runtime package by name: rb-migrate-runtime/translate is not for the mapping', async () => {
    const messages = await lintImport(
      'packages/runtime/src/mapping/layer-probe.ts',
      'rb-migrate-runtime/translate',
    );
    expect(messages).toEqual([expect.stringContaining('runtime/mapping must not import runtime/translate')]);
    expect(await lintImport('src/analyze/layer-probe.ts', 'rb-migrate-runtime/mapping')).toEqual([]);
  });

  it('leaves tests, scripts and benchmarks free', async () => {
    for (const file of ['test/layer-probe.ts', 'scripts/layer-probe.ts', 'bench/layer-probe.ts'])
      expect(await lintImport(file, specifier(file, 'src/rewrite/layer-probe.ts'))).toEqual([]);
  });

  it('keeps node: built-ins and the codemod tool chain out of the runtime package', async () => {
    for (const module of ['node:fs', 'jscodeshift', 'ts-morph', 'yargs', 'prettier'])
      expect(
        await lintImport('packages/runtime/src/translate/layer-probe.ts', module, 'no-restricted-imports'),
        module,
      ).toHaveLength(1);
  });
});
