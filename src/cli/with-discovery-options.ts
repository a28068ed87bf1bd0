import type { Argv } from 'yargs';

/**
 * The file-discovery arguments `rewrite` and `check` share (same meaning, same parsing in src/files):
 * the `paths` positional (default .), --extensions, --ignore (repeatable), --gitignore / --no-gitignore,
 * --shard i/n.
 */
export function withDiscoveryOptions<T>(yargs: Argv<T>, extensionsDefault: string) {
  return yargs
    .positional('paths', {
      type: 'string',
      array: true,
      default: ['.'],
      describe: 'files or directories (default .)',
    })
    .option('extensions', {
      type: 'string',
      describe: `only these extensions, comma-separated (default: ${extensionsDefault})`,
    })
    .option('ignore', {
      type: 'string',
      array: true,
      default: [] as string[],
      describe: 'extra ignore pattern (.gitignore syntax), repeatable',
    })
    .option('gitignore', {
      type: 'boolean',
      default: true,
      describe: 'honour .gitignore files (--no-gitignore to include ignored files)',
    })
    .option('shard', {
      type: 'string',
      describe: 'only shard i of n (e.g. 2/4), a deterministic split for CI matrices',
    });
}
