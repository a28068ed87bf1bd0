const config = require('./config.json');

async function submit(input, output) {
  const response = await fetch(config.cutoutUrl, {
    method: 'POST',
    headers: { 'x-api-key': process.env.RB_API_KEY, Authorization: `Bearer ${process.env.RB_TOKEN}` },
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = await response.json();
  return job._links.self.href;
}

module.exports = { submit };
