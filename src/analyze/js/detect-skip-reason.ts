/**
 * Why a file is not a candidate before it is even parsed: declaration files, minified and generated code.
 * (Files without any V1 usage are reported by migrateSource after its cheap text check.)
 */
export function detectSkipReason(source: string, filename: string): string | undefined {
  if (/\.d\.[mc]?ts$/i.test(filename)) return 'declaration file (.d.ts)';
  if (/\.min\.[mc]?js$/i.test(filename)) return 'minified file';
  const head = source.slice(0, 1024);
  if (/@generated\b|\bDO NOT EDIT\b|\bauto-?generated\b/i.test(head)) return 'generated file';
  const lines = source.split('\n');
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0);
  if (longest > 1000 && source.length / lines.length > 300) return 'minified file';
  return undefined;
}
