/**
 * The translator as a browser/edge bundle: esbuild bundles rb-migrate-runtime/translate (with zod) for
 * `platform: 'browser'`, minified, and reports its size raw and gzipped. `--write` puts the gzipped size into
 * the README sections between `<!-- translator-size -->` markers (a test keeps them current).
 *
 *   node packages/runtime/scripts/measure-size.mjs [--write]     (npm run size)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/translate/index.ts', import.meta.url));
/** Files that state the size (the package README and the repository README). */
export const SIZE_FILES = [
  fileURLToPath(new URL('../README.md', import.meta.url)),
  fileURLToPath(new URL('../../../README.md', import.meta.url)),
  fileURLToPath(new URL('../../../docs/runtime.md', import.meta.url)),
];
const MARKED = /(<!-- translator-size -->)[^<]*(<!-- \/translator-size -->)/g;

/** Bundles the translator for browsers; returns the code, the bundled inputs and the sizes in bytes. */
export async function bundleTranslator() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    absWorkingDir: PACKAGE,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    code: Buffer.from(code).toString('utf8'),
    inputs: Object.keys(result.metafile.inputs),
    bytes: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
  };
}

/** The text the README shows between the markers. */
export function describeSize(gzipped) {
  return `${(gzipped / 1024).toFixed(1)} kB gzipped`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { bytes, gzipped } = await bundleTranslator();
  process.stdout.write(
    `rb-migrate-runtime/translate, browser bundle (esbuild, minified, zod included): ${bytes} B, ${gzipped} B gzipped (${describeSize(gzipped)})\n`,
  );
  if (process.argv.includes('--write')) {
    for (const file of SIZE_FILES) {
      const text = readFileSync(file, 'utf8');
      const next = text.replace(MARKED, `$1${describeSize(gzipped)}$2`);
      if (next !== text) writeFileSync(file, next);
    }
  }
}
