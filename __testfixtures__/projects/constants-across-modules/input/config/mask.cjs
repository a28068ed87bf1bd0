// A CommonJS config module, imported by an ES module.
const IMAGE_API = 'https://image.adobe.io';

module.exports = { MASK_URL: `${IMAGE_API}/sensei/mask` };
