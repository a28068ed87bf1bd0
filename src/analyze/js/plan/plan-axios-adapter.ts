import type { AnyNode } from '../../ast/types.ts';
import type { CodemodContext } from '../codemod-context.ts';
import type { AxiosConfig } from '../find-axios-config.ts';
import type { MigrationEdit } from '../types.ts';

const PROPERTY = 'adapter: v1AxiosAdapter';

/**
 * The edit that adds `adapter: v1AxiosAdapter` to an axios config (findAxiosConfig): as the last property of
 * its object (on its own line, indented like the others, when the object spans lines), or as a new config
 * argument `{ adapter: v1AxiosAdapter }` where the call has none.
 */
export function planAxiosAdapter(ctx: CodemodContext, config: AxiosConfig): MigrationEdit {
  const kind = 'compat-adapter';
  const { source } = ctx;
  if (!config.object) {
    const call = config.call;
    const args: AnyNode[] = call.arguments;
    if (args.length === 0) {
      const open = source.indexOf('(', call.callee.end);
      return { start: open + 1, end: open + 1, text: `{ ${PROPERTY} }`, kind };
    }
    const last = args[args.length - 1];
    return { start: last.end, end: last.end, text: `, { ${PROPERTY} }`, kind };
  }
  const object = config.object;
  const props: AnyNode[] = object.properties;
  if (props.length === 0) return { start: object.start, end: object.end, text: `{ ${PROPERTY} }`, kind };
  const last = props[props.length - 1];
  const after = source.slice(last.end, object.end - 1);
  const trailing = /^\s*,/.exec(after);
  if (!source.slice(object.start, object.end).includes('\n')) {
    return { start: last.end, end: last.end, text: `, ${PROPERTY}`, kind };
  }
  const lineStart = source.lastIndexOf('\n', last.start - 1) + 1;
  const indent = /^[ \t]*/.exec(source.slice(lineStart, last.start))?.[0] ?? '';
  const at = trailing ? last.end + trailing[0].length : last.end;
  return {
    start: at,
    end: at,
    text: `${trailing ? '' : ','}${ctx.style.eol}${indent}${PROPERTY}${trailing ? ',' : ''}`,
    kind,
  };
}
