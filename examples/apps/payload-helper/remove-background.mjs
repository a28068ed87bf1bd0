// V1 style (e): the payload is built by a helper and mutated before it is sent.
const base = process.env.RB_API_BASE ?? 'https://image.adobe.io';
const CUTOUT_URL = `${base}/sensei/cutout`;

function buildPayload(inputUrl) {
  return {
    input: { href: inputUrl, storage: 'external' },
    output: { href: '', storage: 'external' },
  };
}

export async function removeBackground(inputUrl, outputUrl, credentials) {
  const body = buildPayload(inputUrl);
  body.output.href = outputUrl;

  const headers = {
    Authorization: `Bearer ${credentials.token}`,
    'x-api-key': credentials.apiKey,
    'Content-Type': 'application/json',
  };
  const res = await fetch(CUTOUT_URL, { method: 'POST', headers, body: JSON.stringify(body) });
  if (res.status !== 202) throw new Error(`submit failed: ${res.status}`);
  const job = await res.json();
  for (;;) {
    const status = await (await fetch(job._links.self.href, { headers })).json();
    if (status.status === 'succeeded' || status.status === 'failed') return status.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
