const axios = require('axios');
const { v1AxiosAdapter } = require('rb-migrate-runtime');

const api = axios.create({
  baseURL: process.env.IMAGE_API_BASE || 'https://image.adobe.io',
  headers: { Authorization: `Bearer ${process.env.TOKEN}` },
  adapter: v1AxiosAdapter,
});

async function mask(input, output) {
  const { data } = await api.post('/sensei/mask', {
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'soft' } },
  });
  const statusUrl = data._links.self.href;
  for (;;) {
    const { data: status } = await api.get(statusUrl);
    if (status.status === 'succeeded' || status.status === 'failed') return status;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

module.exports = { mask };
