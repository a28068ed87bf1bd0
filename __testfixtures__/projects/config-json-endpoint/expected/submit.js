const config = require('./config.json');

async function submit(input, output) {
  /* rb-migrate RB215: the V1 endpoint config.cutoutUrl (/sensei/cutout in config.json) comes from a config file; the config value and the request body it is sent with were left V1. A URL and its body change together: switch the config value to /v2/remove-background and the body here to V2 (see docs/mapping.md) in the same change. */
  const response = await fetch(config.cutoutUrl, {
    method: 'POST',
    headers: { 'x-api-key': process.env.RB_API_KEY, Authorization: `Bearer ${process.env.RB_TOKEN}` },
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = await response.json();
  return job._links.self.href;
}

module.exports = { submit };
