import type { Node } from '@babel/types';
import type { RawFinding } from '../types.ts';
import { walkAst } from '../walk-ast.ts';
import { isMemberNode, readMemberName } from '../read-member-name.ts';
import { V1_LEAVES, V1_SEGMENT } from '../../spec/endpoints.ts';
import { RESPONSE_PATHS } from '../../translate/response-paths.ts';

/** Where V1 code reads the job's status link (`_links.self.href`), derived from the response adapters. */
const STATUS_LINK = RESPONSE_PATHS.statusLink.v1;

/** Paths of other Photoshop/Lightroom services whose responses legitimately use `_links.self.href`. */
const OTHER_SERVICES = new RegExp(
  `/pie/psdService\\b|/lrService\\b|/${V1_SEGMENT}/(?!${V1_LEAVES.map((l) => `${l}\\b`).join('|')})[\\w-]+|photoshop-api\\.adobe\\.io`,
);

/**
 * RB304: `x._links.self.href` (also `['_links']['self']['href']` and optional chains) read where a V1 job
 * response can flow. A light data-flow check: the file must start a V1 job (a V1 submit endpoint or a V1 SDK
 * call, passed in as `v1Calls` offsets). When the file also talks to other Photoshop services (which keep
 * `_links`), only reads inside the same top-level function/method/statement as a V1 call are reported.
 */
export function detectLinksSelf(ast: Node, text: string, v1Calls: readonly number[]): RawFinding[] {
  if (v1Calls.length === 0 || !text.includes(STATUS_LINK[0]!)) return [];
  const strict = OTHER_SERVICES.test(text);
  const found: RawFinding[] = [];
  walkAst(ast, (node, ancestors) => {
    // Match the chain from its last step outwards: `.href` on `.self` on `._links`.
    let links: Node = node;
    for (let i = STATUS_LINK.length - 1; i >= 0; i--) {
      if (!isMemberNode(links) || readMemberName(links) !== STATUS_LINK[i]) return;
      if (i > 0) links = links.object;
    }
    if (!isMemberNode(links)) return;
    if (strict) {
      const unit = topLevelUnit(ancestors, node);
      const [s, e] = [unit.start ?? 0, unit.end ?? 0];
      if (!v1Calls.some((offset) => offset >= s && offset < e)) return false;
    }
    found.push({
      rule: 'RB304',
      index: links.property.start ?? node.start ?? 0,
      length: (node.end ?? 0) - (links.property.start ?? 0),
    });
    return false;
  });
  return found;
}

/** The nearest function whose parent chain up to the Program holds no other function, else the top statement. */
function topLevelUnit(ancestors: readonly Node[], node: Node): Node {
  let outermostFunction: Node | undefined;
  for (const a of ancestors) {
    if (
      a.type === 'FunctionDeclaration' ||
      a.type === 'FunctionExpression' ||
      a.type === 'ArrowFunctionExpression' ||
      a.type === 'ClassMethod' ||
      a.type === 'ObjectMethod'
    ) {
      outermostFunction = a;
      break;
    }
  }
  const program = ancestors.findIndex((a) => a.type === 'Program');
  return outermostFunction ?? ancestors[program + 1] ?? node;
}
