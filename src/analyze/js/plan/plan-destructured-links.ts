import type { AnyPath, CodemodContext, Plan } from '../codemod-context.ts';
import { findBinding } from '../../ast/find-binding.ts';
import { findPaths } from '../../ast/find-paths.ts';
import { findReferences } from '../../ast/find-references.ts';
import { getPropertyKey } from '../../ast/get-property-key.ts';
import { isReference } from '../../ast/is-reference.ts';
import { readMemberChain } from '../../ast/read-member-chain.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';

/**
 * The V1 status link destructured out of a job response by name (`const { _links } = await r.json()`,
 * `{ _links: links }`, `{ _links: { self } }`, `{ _links: { self: { href } } }`): migrated to V2's
 * `statusUrl` when every read of the bound name is the rest of the link (`_links.self.href`, `self.href`,
 * `href`), so nothing else can see the V1 shape. The property becomes `statusUrl` (`{ statusUrl }` for a
 * shorthand `{ _links }` when the file has no other `statusUrl`, else `statusUrl: <name>`) and each read
 * becomes the bare name. Returns the
 * edits and the reads (which now hold the status URL), or undefined when some read is anything else (a
 * pass, a return of the object, a write): the caller keeps its RB220 TODO.
 */
export function planDestructuredLinks(
  ctx: CodemodContext,
  prop: AnyPath,
): (Plan & { statusReads: AnyPath[] }) | undefined {
  const link = RESPONSE_PATHS.statusLink;
  let target: AnyPath = prop.get('value');
  let depth = 1; // segments of the link the pattern consumed
  // `{ _links: { self } }`, `{ _links: { self: { href } } }`: one property per level, nothing else.
  while (target.node.type === 'ObjectPattern' && depth < link.v1.length) {
    const props = target.node.properties;
    if (props.length !== 1 || getPropertyKey(props[0]) !== link.v1[depth]) return undefined;
    target = target.get('properties', 0, 'value');
    depth++;
  }
  if (target.node.type !== 'Identifier') return undefined;
  const name: string = target.node.name;
  const binding = findBinding(target, name);
  if (!binding || binding.declaration.node !== target.node) return undefined;
  const rest = link.v1.slice(depth);
  const refs = findReferences(ctx, binding, name);
  if (refs.length === 0) return undefined;
  const reads: AnyPath[] = [];
  for (const ref of refs) {
    const chain = rest.length ? readMemberChain(ref, rest) : { last: ref };
    if (!chain) return undefined;
    reads.push(chain.last);
  }
  // Only `{ _links }` takes the V2 name (a name the code chose, `links` or `self`, stays); two such
  // destructurings cannot share a scope, so each may take it when the file has no `statusUrl` of its own.
  const renamed = name === link.v1[0] && isFreeName(ctx, link.v2) ? link.v2 : name;
  const edits: Plan['edits'] = [
    {
      start: prop.node.start,
      end: prop.node.end,
      text: renamed === link.v2 ? link.v2 : `${link.v2}: ${name}`,
      kind: 'links',
    },
  ];
  for (const read of reads)
    if (rest.length > 0 || renamed !== name)
      edits.push({ start: read.node.start, end: read.node.end, text: renamed, kind: 'links' });
  return { edits, todos: [], statusReads: reads };
}

/** No variable, parameter or function of the file is called `name` (so a shorthand cannot capture one). */
function isFreeName(ctx: CodemodContext, name: string): boolean {
  let used = false;
  findPaths(ctx.root, 'Identifier', (n) => n.type === 'Identifier' && n.name === name).forEach(
    (p: AnyPath) => {
      const parent = p.parent?.node;
      const isKey =
        (/MemberExpression$/.test(parent?.type) && p.name === 'property' && !parent.computed) ||
        (/Property$/.test(parent?.type) && p.name === 'key' && !parent.computed && !parent.shorthand);
      if (!isKey && (isReference(p) || !/^TS/.test(parent?.type ?? ''))) used = true;
    },
  );
  return !used;
}
