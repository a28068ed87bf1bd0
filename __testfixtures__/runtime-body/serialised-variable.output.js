const { toV2Request } = require('rb-migrate-runtime/translate');

// Pattern: a V1 body built from a private helper's result, then serialised into the same variable before it is sent.
class Services {
  #fileRef(href) {
    return { href, storage: 'azure' };
  }

  async removeBackground(inputUrl, outputUrl, token) {
    let body = {
      input: this.#fileRef(inputUrl),
      output: { ...this.#fileRef(outputUrl), mask: { format: 'soft' } },
    };
    body = JSON.stringify(toV2Request(body, { endpoint: 'cutout' }));
    /* rb-migrate RB264: the V1 body body is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
    /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. Poll `result.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: <output.storage> });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
    const req = await fetch('https://image.adobe.io/v2/remove-background', {
      method: 'post',
      headers: { Authorization: `Bearer ${token}` },
      body: body,
    });
    const result = await req.json();
    return result.statusUrl;
  }
}

module.exports = { Services };
