import { API_HOST } from '../../mapping/endpoints.ts';
import { formatMessage } from '../../mapping/format-message.ts';
import { RULES_BY_CODE } from '../../mapping/rules.ts';
import { createCompatCore, type CompatCore } from './create-compat-core.ts';
import { matchV1Path, type V1Route } from './match-v1-path.ts';
import type { CompatOptions, CompatRequest, CompatResponse, CompatWarning } from './types.ts';

export interface V1FetchOptions extends CompatOptions {
  /**
   * Hosts whose `/sensei/cutout`, `/sensei/mask` and `/sensei/status/…` requests are V1 (default
   * `['image.adobe.io']`). A host (`127.0.0.1:8787`) or an origin (`http://127.0.0.1:8787`).
   */
  v1Hosts?: readonly string[];
}

/** A `fetch` with the V1 Remove Background API on top of V2, plus the core it runs on. */
export type V1Fetch = ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) & {
  readonly core: CompatCore;
};

/**
 * A drop-in `fetch` for V1 code: `POST /sensei/cutout|mask` on a V1 host is translated (toV2) and posted to
 * V2, and answered with a V1 202 whose status link is a V1-looking `/sensei/status/<sealed id>` on the same
 * origin; a GET of that link polls V2 once and, when the job succeeded, first delivers the result to the V1
 * `output.href` (once per job). Every other request, and a status poll of an id this layer did not issue
 * (a job still on V1), goes to the real fetch untouched.
 */
export function createV1Fetch(options: V1FetchOptions = {}): V1Fetch {
  const core = createCompatCore(options);
  const hosts = new Set((options.v1Hosts ?? [API_HOST]).map(toHost));
  const warned = new Set<string>();
  const warn =
    options.onWarning ??
    ((w: CompatWarning) => console.warn(`rb-migrate compat ${w.code} (${w.severity}): ${w.message}`));
  const passThrough = (input: string | URL | Request, init?: RequestInit) =>
    ((options.fetch ?? globalThis.fetch) as typeof fetch)(input, init);

  const v1Fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const route = routeOf(input, init);
    if (!route) return passThrough(input, init);
    const { url, match } = route;
    if (!hosts.has(url.host) && !hosts.has(url.hostname)) {
      // A V1 submit to a host nobody declared: it still reaches V1 as before, but say so once per host.
      if (match.kind === 'submit' && !warned.has(url.host)) {
        warned.add(url.host);
        warn({
          code: 'RB246',
          severity: 'warning',
          message: formatMessage(RULES_BY_CODE.RB246.message, { host: url.host }),
        });
      }
      return passThrough(input, init);
    }
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    if (init?.headers) new Headers(init.headers).forEach((value, name) => headers.set(name, value));
    const request: CompatRequest = {
      publicBase: url.origin,
      // V2 lives beside V1 (image.adobe.io serves both): without an `upstream`, V2 goes to the V1 origin.
      ...(options.upstream === undefined ? { upstream: url.origin } : {}),
      authorization: headers.get('authorization') ?? undefined,
      apiKey: headers.get('x-api-key') ?? undefined,
    };
    if (match.kind === 'status') {
      const opened = await core.open(match.id);
      if (!opened.ok && (opened.reason === 'malformed' || opened.reason === 'unknown-key')) {
        return passThrough(input, init);
      }
      return toResponse(await core.status(match.id, request));
    }
    const body =
      init?.body !== undefined && init.body !== null
        ? await new Response(init.body).text()
        : input instanceof Request
          ? await input.clone().text()
          : '';
    return toResponse(await core.submit(match.endpoint, body, request));
  };
  return Object.assign(v1Fetch, { core });
}

function routeOf(
  input: string | URL | Request,
  init: RequestInit | undefined,
): { url: URL; match: V1Route } | undefined {
  const href = input instanceof Request ? input.url : String(input);
  if (!URL.canParse(href)) return undefined;
  const url = new URL(href);
  const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
  const match = matchV1Path(method, url.pathname);
  return match && { url, match };
}

function toHost(entry: string): string {
  return URL.canParse(entry) && entry.includes('://') ? new URL(entry).host : entry;
}

function toResponse(answer: CompatResponse): Response {
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json', ...answer.headers },
  });
}
