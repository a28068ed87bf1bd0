const photoshopApi = require('@adobe/aio-lib-photoshop-api');

function cutout(orgId, apiKey, token, input, output) {
  return photoshopApi
    .init(orgId, apiKey, token)
    .then((client) => client.createCutout(input, output))
    .then((job) => job.outputs[0].status);
}

module.exports = { cutout };
