// A V1 template cloned per request,, with the mask options spread in only when asked for.
const base = process.env.RB_API_BASE || 'https://image.adobe.io';
const TEMPLATE = { input: { href: '', storage: 'external' }, output: { href: '', storage: 'external' } };

async function mask(inputUrl, outputUrl, soft) {
  const body = structuredClone(TEMPLATE);
  body.input.href = inputUrl;
  body.output = { ...body.output, href: outputUrl, ...(soft ? { mask: { format: 'soft' } } : {}) };
  const headers = { 'x-api-key': process.env.RB_API_KEY, Authorization: `Bearer ${process.env.RB_TOKEN}` };
  const res = await fetch(`${base}/sensei/mask`, { method: 'POST', headers, body: JSON.stringify(body) });
  const job = await res.json();
  for (;;) {
    const poll = await fetch(job._links.self.href, { headers });
    if (!poll.ok) return `http ${poll.status}`;
    const status = await poll.json();
    if (status.status === 'succeeded' || status.status === 'failed') return status.status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

mask(process.env.RB_INPUT_URL, process.env.RB_OUTPUT_URL, true).then(
  (status) => {
    console.log(JSON.stringify({ app: 'mask', status }));
    process.exitCode = status === 'succeeded' ? 0 : 1;
  },
  (error) => {
    console.log(JSON.stringify({ app: 'mask', status: 'error', message: error.message }));
    process.exitCode = 2;
  },
);
