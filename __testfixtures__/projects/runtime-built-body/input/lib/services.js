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
    const res = await fetch(`${base}/sensei/cutout`, {
      method: 'POST',
      headers: this.#headers,
      body: JSON.stringify(this.#request(input, output)),
    });
    const job = await res.json();
    return this.#wait(job._links.self.href);
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
