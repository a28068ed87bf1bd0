const BASE = 'https://image.adobe.io';

export async function cutout(payload) {
  const res = await fetch(`${BASE}/sensei/cutout`, { method: 'POST', body: JSON.stringify(payload) });
  const job = await res.json();
  return job._links.self.href.split('/').pop();
}

export async function status(jobId) {
  const res = await fetch(`${BASE}/sensei/status/${jobId}`);
  return res.json();
}
