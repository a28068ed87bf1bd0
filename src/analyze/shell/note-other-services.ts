import { RULES_BY_CODE, formatMessage } from 'rb-migrate-runtime/mapping';
import { isCurl, readCurl } from './read-curl.ts';
import type { ShellSite } from './types.ts';
import { type Context } from './collect-script-context.ts';
import { traceEdits, traceOffset } from './place-traces.ts';

const PHOTOSHOP_V1 = '/pie/psdService/';

/** Photoshop API v1 calls (`/pie/psdService/…`) in a script that calls Remove Background: noted at info. */
export function noteOtherServices(ctx: Context): ShellSite[] {
  const sites: ShellSite[] = [];
  for (const command of ctx.commands) {
    if (!isCurl(command)) continue;
    const url = readCurl(command).url;
    if (!url) continue;
    const text = url.raw.includes(PHOTOSHOP_V1)
      ? url.raw
      : url.parts
          .filter((p) => p.kind === 'expansion' && p.name)
          .map((p) => {
            const a = ctx.assignments.get((p as { name: string }).name)?.[0];
            return a ? ctx.text.slice(a.valueStart, a.word.end) : '';
          })
          .join('');
    const at = text.indexOf(PHOTOSHOP_V1);
    if (at === -1) continue;
    const path = /\/pie\/psdService\/[\w/-]*/.exec(text.slice(at))![0].replace(/['"]$/, '');
    const trace = {
      code: 'RB234',
      message: formatMessage(RULES_BY_CODE.RB234.message, { value: path }),
      offset: traceOffset(ctx, command),
    };
    const edits = traceEdits(ctx, [trace]);
    sites.push({
      kind: 'other-service',
      decision: 'leave',
      offset: url.start,
      length: url.end - url.start,
      code: 'RB234',
      value: path,
      edits,
      traces: edits.length ? [trace] : [],
      related: [],
    });
  }
  return sites;
}
