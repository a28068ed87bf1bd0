// V1 style (a): plain fetch, polls the status link from the POST response.
const base = process.env.RB_API_BASE ?? 'https://image.adobe.io';
const headers = {
  Authorization: `Bearer ${process.env.RB_TOKEN}`,
  'x-api-key': process.env.RB_API_KEY,
  'Content-Type': 'application/json',
};

const res = await fetch(`${base}/sensei/cutout`, {
  method: 'POST',
  headers,
  body: JSON.stringify({
    input: { href: process.env.RB_INPUT_URL, storage: 'external' },
    output: { href: process.env.RB_OUTPUT_URL, storage: 'external' },
  }),
});
if (!res.ok) {
  console.log(JSON.stringify({ app: 'fetch-poll', status: 'error', http: res.status }));
  process.exit(2);
}
const job = await res.json();

let status;
for (;;) {
  const poll = await fetch(job._links.self.href, { headers });
  status = await poll.json();
  if (status.status === 'succeeded' || status.status === 'failed') break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
console.log(JSON.stringify({ app: 'fetch-poll', status: status.status }));
process.exit(status.status === 'succeeded' ? 0 : 1);
