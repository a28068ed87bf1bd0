'use strict';
const fetch = require('node-fetch');
const { v1Fetch } = require('rb-migrate-runtime');

async function mask(token, apiKey, input, output) {
  const headers = { Authorization: 'Bearer ' + token, 'x-api-key': apiKey };
  const res = await v1Fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = await res.json();
  const statusUrl = job._links.self.href;
  let status;
  do {
    status = await (await v1Fetch(statusUrl, { headers })).json();
  } while (status.status === 'pending' || status.status === 'running');
  return status;
}

module.exports = { mask };
