const BASE = process.env.API_BASE ?? 'https://image.adobe.io';

// Sends the body and returns the first status of the job, reading the link straight off the response.
export async function submitInline(path, body) {
  const res = await fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const status = await fetch((await res.json())._links.self.href, {
    headers: { Authorization: `Bearer ${process.env.TOKEN}` },
  });
  return status.json();
}
