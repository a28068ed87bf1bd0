import { RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';

/**
 * One import statement of rb-migrate-runtime names: `import { a, b } from 'rb-migrate-runtime';` or, in
 * CommonJS, `const { a, b } = require('rb-migrate-runtime');`, with the file's quote and semicolon style.
 */
export function formatRuntimeImport(
  names: readonly string[],
  style: { esm: boolean; quote: string; semi: string; declaration?: string; module?: string },
): string {
  const { quote: q, semi, module = RUNTIME_MODULE } = style;
  return style.esm
    ? `import { ${names.join(', ')} } from ${q}${module}${q}${semi}`
    : `${style.declaration ?? 'const'} { ${names.join(', ')} } = require(${q}${module}${q})${semi}`;
}
