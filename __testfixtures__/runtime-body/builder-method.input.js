// Pattern: a service class whose private builder method returns the V1 body it sends.
const axios = require('axios');

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
    const { data } = await axios.post('https://image.adobe.io/sensei/cutout', this.#body(input, output), {
      headers: { Authorization: `Bearer ${this.#token}` },
    });
    return data._links.self.href;
  }
}

module.exports = { ImageServices };
