/** An RFC 6901 JSON pointer for a path of keys and indexes (`["item", 0, "body"]` → `/item/0/body`). */
export function toJsonPointer(path: ReadonlyArray<string | number>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
