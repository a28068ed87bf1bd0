import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `root` or below it (both absolute; compare real paths to see through links). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
