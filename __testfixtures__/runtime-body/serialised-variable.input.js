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
    body = JSON.stringify(body);
    const req = await fetch('https://image.adobe.io/sensei/cutout', {
      method: 'post',
      headers: { Authorization: `Bearer ${token}` },
      body: body,
    });
    const result = await req.json();
    return result._links.self.href;
  }
}

module.exports = { Services };
