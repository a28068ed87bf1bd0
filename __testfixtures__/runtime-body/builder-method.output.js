// Pattern: a service class whose private builder method returns the V1 body it sends.
const axios = require('axios');
const { toV2Request } = require('rb-migrate-runtime/translate');

class ImageServices {
  #token;
  constructor(token) {
    this.#token = token;
  }

  #fileRef(href, storage = 'external') {
    return { href, storage };
  }

  #body(input, output) {
    return { input: this.#fileRef(input), output: this.#fileRef(output) };
  }

  async removeBackground(input, output) {
    /* rb-migrate RB264: the V1 body this.#body(input, output) is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
    /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: <output.storage> });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
    const { data } = await axios.post('https://image.adobe.io/v2/remove-background', toV2Request(this.#body(input, output), { endpoint: 'cutout' }), {
      headers: { Authorization: `Bearer ${this.#token}` },
    });
    return data.statusUrl;
  }
}

module.exports = { ImageServices };
