const { createRemoveBackgroundClient } = require('rb-migrate-runtime');

const base = process.env.RB_API_BASE;
// aio-lib talks to https://image.adobe.io; userFetch lets the scripts point it at another host (an emulator).
const userFetch = (url, init) => fetch(base ? String(url).replace('https://image.adobe.io', base) : url, init);

async function initSDK() {
  return await createRemoveBackgroundClient({ apiKey: process.env.RB_API_KEY, token: process.env.RB_TOKEN, fetch: userFetch });
}

module.exports = { initSDK };
