/** One shard of a CI matrix: `index` is 1-based, `count` the number of shards. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Keeps the files that belong to one shard. A file's shard depends only on its path (FNV-1a hash), so the
 * split is deterministic, every file lands in exactly one shard, and adding a file never moves the others.
 */
export function shardFiles<T extends { path: string }>(files: readonly T[], shard: Shard): T[] {
  return files.filter((f) => (hashPath(f.path) % shard.count) + 1 === shard.index);
}

function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
