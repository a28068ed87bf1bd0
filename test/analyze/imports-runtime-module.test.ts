import { describe, expect, it } from 'vitest';
import { importsRuntimeModule } from '../../src/analyze/js/imports-runtime-module.ts';

describe('importsRuntimeModule', () => {
  it('sees ESM imports, require() and import() of rb-migrate-runtime', () => {
    expect(importsRuntimeModule("import { deliver } from 'rb-migrate-runtime';")).toBe(true);
    expect(importsRuntimeModule('const { v1Fetch } = require("rb-migrate-runtime");')).toBe(true);
    expect(importsRuntimeModule("const rt = await import('rb-migrate-runtime');")).toBe(true);
    expect(importsRuntimeModule("import { toV2Request } from 'rb-migrate-runtime/translate';")).toBe(true);
    expect(importsRuntimeModule("import { x } from 'rb-migrate-runtime-extra';")).toBe(false);
  });

  it('ignores an import quoted in a comment (the RB110 TODO tells the user which import to add)', () => {
    const todo =
      "/* rb-migrate RB110: ... add `await deliver(s, { href })` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */\nconst url = 'https://image.adobe.io/v2/remove-background';";
    expect(importsRuntimeModule(todo)).toBe(false);
    expect(importsRuntimeModule("// with `import { deliver } from 'rb-migrate-runtime'`\nfetch(url);")).toBe(
      false,
    );
    expect(importsRuntimeModule("const u = 'https://x'; import('rb-migrate-runtime');")).toBe(true);
  });
});
