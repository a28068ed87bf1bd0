const { CUTOUT_URL } = require('../lib/adobe');

// Requests built here are sent by a worker elsewhere: their bodies cannot be seen.
function plan(images) {
  return images.map((image) => ({ url: CUTOUT_URL, image }));
}

module.exports = { plan };
