const { toV2Request } = require('rb-migrate-runtime/translate');

// A service class whose private builder method returns the V1 body it sends.
const base = process.env.RB_API_BASE || 'https://image.adobe.io';

class ImageServices {
  #headers;
  constructor(apiKey, token) {
    this.#headers = { 'x-api-key': apiKey, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  }

  #fileRef(href) {
    return { href, storage: 'external' };
  }

  #request(input, output, options = {}) {
    return { input: this.#fileRef(input), output: { ...this.#fileRef(output), ...options } };
  }

  async removeBackground(input, output) {
    /* rb-migrate RB264: the V1 body this.#request(input, output) is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
    /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. Once `status.status` is 'succeeded', add `await deliver(status, { href: <output.href>, storage: <output.storage> });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
    const res = await fetch(`${base}/v2/remove-background`, {
      method: 'POST',
      headers: this.#headers,
      body: JSON.stringify(toV2Request(this.#request(input, output), { endpoint: 'cutout' })),
    });
    const job = await res.json();
    return this.#wait(job.statusUrl);
  }

  async #wait(statusUrl) {
    for (;;) {
      const poll = await fetch(statusUrl, { headers: this.#headers });
      if (!poll.ok) return `http ${poll.status}`;
      const status = await poll.json();
      if (status.status === 'succeeded' || status.status === 'failed') return status.status;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

module.exports = { ImageServices };
