// The SDK client factory sits in photoshop/index.js; callers require the folder ('../photoshop').
const psApi = require('@adobe/aio-lib-photoshop-api');

const { RB_API_BASE: base, RB_ORG_ID: org, RB_API_KEY: key, RB_TOKEN: token } = process.env;
// userFetch sends aio-lib's requests to RB_API_BASE (an emulator) when it is set.
const userFetch = (url, init) => fetch(base ? `${url}`.replace('https://image.adobe.io', base) : url, init);

function photoshopClient() {
  return psApi.init(org, key, token, undefined, { userFetch });
}

module.exports = { photoshopClient };
