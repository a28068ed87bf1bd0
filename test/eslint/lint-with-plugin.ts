import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../src/eslint/index.ts';

/** One ESLint message of the rule, as the agreement tests compare it with check's findings. */
export interface RuleMessage {
  path: string;
  line: number;
  column: number;
  code: string;
  message: string;
  fix: boolean;
}

/**
 * Real ESLint (the ESLint class, no config file) with the plugin's recommended config, every check severity
 * reported (`minSeverity: info`), the TypeScript parser for every JS/TS file. `cache: false` forces the
 * file-alone analysis. Returns the rule's messages (fatal parse errors throw) and, with `fix`, the outputs.
 */
export async function lintWithPlugin(
  cwd: string,
  patterns: string[],
  options: { fix?: boolean; cache?: false } = {},
): Promise<{ messages: RuleMessage[]; outputs: Map<string, string> }> {
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      ...plugin.configs.recommended,
      rules: {
        'rb-migrate/no-v1-remove-background': [
          'error',
          { minSeverity: 'info', ...(options.cache === false ? { cache: false } : {}) },
        ],
      },
    },
  ];
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: config,
    fix: options.fix ?? false,
    ignore: false,
  });
  const results = await eslint.lintFiles(patterns);
  const messages: RuleMessage[] = [];
  const outputs = new Map<string, string>();
  for (const r of results) {
    const path = r.filePath.slice(cwd.length + 1);
    for (const m of r.messages) {
      if (m.fatal) throw new Error(`${path}:${m.line} ${m.message}`);
      messages.push({
        path,
        line: m.line,
        column: m.column,
        code: /(RB\d{3})$/.exec(m.message)?.[1] ?? '?',
        message: m.message,
        fix: m.fix !== undefined,
      });
    }
    if (r.output !== undefined) outputs.set(path, r.output);
  }
  return { messages, outputs };
}
