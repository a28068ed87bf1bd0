import { CLIENT_ID, IMAGE_API } from './config';
import { getAccessToken } from './auth';

export function adobeHeaders(token: string): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'x-api-key': CLIENT_ID,
    'Content-Type': 'application/json',
  };
}

/** POSTs a JSON body to an Adobe image API path and returns the parsed response. */
export async function callApi<T = any>(path: string, body: unknown): Promise<T> {
  const token = await getAccessToken();
  const res = await fetch(`${IMAGE_API}${path}`, {
    method: 'POST',
    headers: adobeHeaders(token),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} failed with ${res.status}`);
  return (await res.json()) as T;
}

/** Generic poller, also used for Photoshop (pie/psdService) jobs, which answer with _links. */
export async function pollJob(job: { _links: { self: { href: string } } }, intervalMs = 2000) {
  const token = await getAccessToken();
  for (;;) {
    const res = await fetch(job._links.self.href, { headers: adobeHeaders(token) });
    const status = await res.json();
    if (status.status === 'succeeded' || status.status === 'failed') return status;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
