import { createV1PathPattern, V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import { detectBinary } from '../files/detect-binary.ts';
import type { DiscoveredFile } from '../files/discover-files.ts';
import { readFileBytes } from '../files/read-file-bytes.ts';
import { MAX_REWRITE_BYTES, REWRITE_KINDS } from '../analyze/rewrite-kinds.ts';

/**
 * The files of a kind rewrite has no rewriter for (YAML, Python, `.env`, HTML, …) that name a V1 path: check
 * reports them, so rewrite must not say that nothing uses V1. They are listed, never changed.
 */
export function findUnrewritableV1Files(files: readonly DiscoveredFile[]): DiscoveredFile[] {
  const pattern = createV1PathPattern('');
  return files.filter((file) => {
    if (REWRITE_KINDS[extensionOf(file.path)]) return false;
    const read = readFileBytes(file.absolute, MAX_REWRITE_BYTES);
    if (read.kind !== 'bytes') return false;
    const { bytes } = read;
    if (!bytes.includes(V1_SEGMENT) || detectBinary(bytes)) return false;
    return pattern.test(bytes.toString('utf8'));
  });
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}
