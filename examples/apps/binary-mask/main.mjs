// V1 style (f): fetch, asks /sensei/mask for a binary (thresholded) mask, which V2 cannot produce.
const base = process.env.RB_API_BASE ?? 'https://image.adobe.io';
const headers = {
  Authorization: `Bearer ${process.env.RB_TOKEN}`,
  'x-api-key': process.env.RB_API_KEY,
  'Content-Type': 'application/json',
};

const res = await fetch(`${base}/sensei/mask`, {
  method: 'POST',
  headers,
  body: JSON.stringify({
    input: { href: process.env.RB_INPUT_URL, storage: 'external' },
    output: { href: process.env.RB_OUTPUT_URL, storage: 'external', mask: { format: 'binary' } },
  }),
});
if (res.status !== 202) {
  console.log(JSON.stringify({ app: 'binary-mask', status: 'error', http: res.status }));
  process.exit(2);
}
const job = await res.json();

let status;
for (;;) {
  status = await (await fetch(job._links.self.href, { headers })).json();
  if (status.status === 'succeeded' || status.status === 'failed') break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(JSON.stringify({ app: 'binary-mask', status: status.status }));
process.exit(status.status === 'succeeded' ? 0 : 1);
