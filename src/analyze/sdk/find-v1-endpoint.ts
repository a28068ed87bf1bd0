import { ENDPOINTS, type V1Endpoint, MODE_BY_ENDPOINT } from 'rb-migrate-runtime/mapping';

/** The V1 endpoint name (and its V2 mode) an SDK method's V1 path stands for, from src/spec. */
export function findV1Endpoint(v1Path: string): { endpoint: V1Endpoint; mode: string } | undefined {
  const row = ENDPOINTS.find((e) => e.kind === 'submit' && e.v1 === v1Path);
  if (!row?.endpoint) return undefined;
  return { endpoint: row.endpoint, mode: MODE_BY_ENDPOINT[row.endpoint] };
}
