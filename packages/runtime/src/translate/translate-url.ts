import { ENDPOINTS, type V2Mode } from '../mapping/endpoints.ts';
import { createV1PathPattern } from '../mapping/v1-path-pattern.ts';

export interface TranslatedUrl {
  kind: 'submit' | 'status';
  /** The same URL or path with the V1 path replaced by the V2 one; host, query and id are kept. */
  url: string;
  /** For submit URLs: the `mode` the V2 body must carry. */
  mode?: V2Mode;
}

/**
 * Translates a V1 URL or path (`https://image.adobe.io/sensei/mask`, `/sensei/cutout`, `sensei/cutout`,
 * `…/sensei/status/<id>`) to V2. Returns undefined when the string holds no V1 Remove Background path.
 */
export function translateUrl(url: string): TranslatedUrl | undefined {
  const pattern = createV1PathPattern('');
  const match = pattern.exec(url);
  if (!match) return undefined;
  const v1 = `/${match[2]}`;
  const row = ENDPOINTS.find((e) => e.v1 === v1);
  if (!row) return undefined;
  const start = match.index + (match[1] ?? '').length;
  const translated =
    url.slice(0, start) + row.v2.replace(/^\//, '') + url.slice(match.index + match[0].length);
  return row.kind === 'submit'
    ? { kind: 'submit', url: translated, mode: row.mode }
    : { kind: 'status', url: translated };
}
