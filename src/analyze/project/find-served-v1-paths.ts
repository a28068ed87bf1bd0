import { createV1PathPattern } from 'rb-migrate-runtime/mapping';

/**
 * Where a JS/TS server of the project serves a V1 path itself (a proxy in front of Adobe): a route
 * registration (`app.post('/sensei/cutout', …)`, `router.get(…)`) or a comparison of the request's URL
 * (`req.url === '/sensei/cutout'`, `url.startsWith('/sensei/status/')`). The offsets are those of the quote.
 */
export function findServedV1Paths(source: string): { offset: number; value: string }[] {
  const route =
    /(?:\.(?:get|post|put|all|use|route)\s*\(\s*|\b(?:url|path|pathname)\s*(?:===?\s*|\.(?:startsWith|endsWith|includes)\(\s*))(['"`])([^'"`\n]*)\1/g;
  const v1 = createV1PathPattern('');
  const found: { offset: number; value: string }[] = [];
  for (const m of source.matchAll(route)) {
    const path = v1.exec(m[2]!);
    if (path) found.push({ offset: m.index + m[0].length - m[2]!.length - 2, value: `/${path[2]}` });
  }
  return found;
}
