const psApiLib = require('@adobe/aio-lib-photoshop-api');

const base = process.env.RB_API_BASE;
// aio-lib talks to https://image.adobe.io; userFetch lets the scripts point it at another host (an emulator).
const userFetch = (url, init) => fetch(base ? String(url).replace('https://image.adobe.io', base) : url, init);

async function initSDK() {
  return await psApiLib.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN, undefined, {
    userFetch,
  });
}

module.exports = { initSDK };
