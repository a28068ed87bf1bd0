import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface FixturePair {
  /** `<feature>/<variant>` */
  name: string;
  feature: string;
  variant: string;
  ext: string;
  inputPath: string;
  outputPath: string;
  input: string;
  /** undefined when the `.output.<ext>` file is missing (the fixture test then fails for that pair). */
  output: string | undefined;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', '__testfixtures__');

/** Every `<feature>/<variant>.input.<ext>` with its `.output.<ext>` under __testfixtures__. */
export function listFixturePairs(dir = FIXTURES_DIR): FixturePair[] {
  const pairs: FixturePair[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const m = /^(.*)\.input\.(.+)$/.exec(entry);
        if (!m) continue;
        const outputPath = join(d, `${m[1]}.output.${m[2]}`);
        const feature = relative(dir, d).split(/[\\/]/).join('/');
        pairs.push({
          name: `${feature}/${m[1]}`,
          feature,
          variant: m[1]!,
          ext: m[2]!,
          inputPath: full,
          outputPath,
          input: readFileSync(full, 'utf8'),
          output: existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined,
        });
      }
    }
  };
  walk(dir);
  return pairs;
}
