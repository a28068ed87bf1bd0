import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';

/**
 * Where a function body (its source text) reads the V1 status link (`x._links.self.href`, any spelling of
 * the member chain): the indexes of the parameters it reads it from, and whether it also reads it from a
 * value it did not receive (`job._links…` of its own request, `this.job._links…` stored on a field,
 * `(await r.json())._links…` read inline): `own`.
 */
export function readLinkUses(body: string, params: readonly (string | undefined)[]): LinkUses {
  const step = (key: string) => `\\s*(?:\\?\\.|\\.)\\s*${key}|\\s*(?:\\?\\.)?\\[\\s*['"]${key}['"]\\s*\\]`;
  const chain = RESPONSE_PATHS.statusLink.v1.map((k) => `(?:${step(k)})`).join('');
  const uses: LinkUses = { params: [], own: false };
  for (const match of body.matchAll(new RegExp(chain, 'g'))) {
    const before = body.slice(0, match.index);
    const index = params.findIndex(
      (name) => name !== undefined && new RegExp(`(?<![\\w$.])${escape(name)}$`).test(before),
    );
    if (index === -1) uses.own = true;
    else if (!uses.params.includes(index)) uses.params.push(index);
  }
  uses.params.sort((a, b) => a - b);
  return uses;
}

export interface LinkUses {
  params: number[];
  own: boolean;
}

function escape(name: string): string {
  return name.replace(/\$/g, '\\$');
}
