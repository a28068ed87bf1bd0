import { decodeUriComponentSafely } from '../decode-uri-component-safely.ts';
import { ENDPOINTS, type V1Endpoint } from '../../mapping/endpoints.ts';

export type V1Route = { kind: 'submit'; endpoint: V1Endpoint } | { kind: 'status'; id: string };

/**
 * Which V1 call a method and path are (spec ENDPOINTS): `POST /sensei/cutout|mask` is a submit,
 * `GET /sensei/status/<id>` a status poll; anything else (other paths, methods, a trailing path) is not V1.
 */
export function matchV1Path(method: string, pathname: string): V1Route | undefined {
  const upper = method.toUpperCase();
  for (const row of ENDPOINTS) {
    if (row.kind === 'submit' && upper === 'POST' && (pathname === row.v1 || pathname === `${row.v1}/`)) {
      return { kind: 'submit', endpoint: row.endpoint! };
    }
    if (row.kind === 'status' && (upper === 'GET' || upper === 'HEAD') && pathname.startsWith(row.v1)) {
      const id = pathname.slice(row.v1.length);
      if (id !== '' && !id.includes('/')) return { kind: 'status', id: decodeUriComponentSafely(id) };
    }
  }
  return undefined;
}
