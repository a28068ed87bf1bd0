const { pollJob } = require('./lib/poller');

const base = process.env.RB_API_BASE || 'https://image.adobe.io';

async function removeBackground(input, output) {
  const headers = { 'x-api-key': process.env.RB_API_KEY, Authorization: `Bearer ${process.env.RB_TOKEN}` };
  const response = await fetch(`${base}/sensei/cutout`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const payload = await response.json();
  return pollJob(payload, headers);
}

module.exports = { removeBackground };
