const { CUTOUT_URL } = require('../lib/adobe');

// Requests built here are sent by a worker elsewhere: their bodies cannot be seen.
function plan(images) {
  /* rb-migrate RB209: V1 endpoint CUTOUT_URL is used where its request body cannot be found; the URL was left unchanged. Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md. */
  return images.map((image) => ({ url: CUTOUT_URL, image }));
}

module.exports = { plan };
