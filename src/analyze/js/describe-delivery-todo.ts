import { redactSecrets, RULES_BY_CODE, RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext } from './codemod-context.ts';

const FUNCTIONS = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
]);

/**
 * The RB110 TODO of a natively migrated request, made actionable: the rule's message with the site's own
 * names (the V1 body variable, the output.href expression, the variable the job or its final status is read
 * into) and the exact call to paste once the job succeeded, `await deliver(<status>, { href, storage })`
 * from rb-migrate-runtime. A literal output URL is never quoted (it may carry a signature): it is named
 * `<output.href>`. Names are looked up in the enclosing function: `x.status === 'succeeded'` gives the
 * status variable, `const x = await res.json()` (or an axios `data`) the job variable.
 */
export function describeDeliveryTodo(
  ctx: CodemodContext,
  at: AnyPath,
  site: {
    hrefText?: string;
    hrefIsLiteral: boolean;
    /** The storage as code: `'external'`, or the expression the body reads it from. */
    storage: string;
    bodyName?: string;
  },
): string {
  const rule = RULES_BY_CODE.RB110;
  const href = site.hrefText === undefined || site.hrefIsLiteral ? '<output.href>' : flat(site.hrefText);
  // The enclosing function first, then the whole file (a body built by a helper is polled elsewhere).
  const scopes = [enclosingFunctionText(ctx, at), ctx.source];
  const first = (find: (text: string) => string | undefined) => scopes.map(find).find((x) => x !== undefined);
  const status = first((t) => STATUS.exec(t)?.[1]);
  const job = first((t) => JOB.exec(t)?.[1] ?? (AXIOS_DATA.test(t) ? 'data' : undefined));
  const call = `await deliver(${status ?? '<the succeeded V2 status>'}, { href: ${href}, storage: ${site.storage} });`;
  const body = site.bodyName ? ` (body \`${site.bodyName}\`)` : '';
  const when = status
    ? `Once \`${status}.status\` is 'succeeded'`
    : job
      ? `Poll \`${job}.statusUrl\` until the job succeeds, then`
      : 'After the job succeeds,';
  const message = rule.message.replace('({value})', `(${href})${body}`);
  return redactSecrets(
    `${message}. ${when}${status ? ',' : ''} add \`${call}\` with \`import { deliver } from '${RUNTIME_MODULE}'\`, then delete this line.`,
  );
}

const STATUS = /\b([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\.status\s*[!=]==?\s*(['"])succeeded\2/;
const JOB = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:\(\s*)?await\s+[\w$.]+\.json\(\)/;
const AXIOS_DATA = /\b(?:const|let|var)\s*\{\s*data\s*\}\s*=\s*await\b/;

function enclosingFunctionText(ctx: CodemodContext, at: AnyPath): string {
  let p: AnyPath | undefined = at;
  while (p && !FUNCTIONS.has(p.node.type)) p = p.parent;
  const node = p?.node ?? ctx.root.get().node.program;
  return ctx.source.slice(node.start, node.end);
}

function flat(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}
