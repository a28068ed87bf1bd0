// V1 style (b): an axios-like instance with a baseURL, posting the relative V1 path.
const http = require('./lib/http');

const api = http.create({
  baseURL: process.env.RB_API_BASE || 'https://image.adobe.io',
  headers: { Authorization: `Bearer ${process.env.RB_TOKEN}`, 'x-api-key': process.env.RB_API_KEY },
});

async function main() {
  const response = await api.post('/sensei/mask', {
    input: { href: process.env.RB_INPUT_URL, storage: 'external' },
    output: { href: process.env.RB_OUTPUT_URL, storage: 'external', mask: { format: 'soft' } },
  });
  const statusUrl = response.data._links.self.href;
  for (;;) {
    const { data } = await api.get(statusUrl);
    if (data.status === 'succeeded' || data.status === 'failed') return data.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().then(
  (status) => {
    console.log(JSON.stringify({ app: 'axios-instance', status }));
    process.exitCode = status === 'succeeded' ? 0 : 1;
  },
  (error) => {
    console.log(JSON.stringify({ app: 'axios-instance', status: 'error', message: error.message }));
    process.exitCode = 2;
  },
);
