const BASE = 'https://image.adobe.io';

export async function cutout(payload) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (payload); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch(`${BASE}/sensei/cutout`, { method: 'POST', body: JSON.stringify(payload) });
  const job = await res.json();
  return job._links.self.href.split('/').pop();
}

export async function status(jobId) {
  /* rb-migrate RB222: V1 status URL `${BASE}/sensei/status/${jobId}` was left unchanged: a V1 job submission in this file stays V1, and V2 status does not know V1 jobs. Migrate the submission first (see the TODOs above it), then run rb-migrate rewrite again. */
  const res = await fetch(`${BASE}/sensei/status/${jobId}`);
  return res.json();
}
