const fs = require('fs');
const path = require('path');

// The config is read from disk, not imported: its URL and the body below are sent together.
const config = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'config', 'remove-background.json'), 'utf8'));

async function cutout(token, apiKey, inputUrl, outputUrl) {
  const res = await fetch(config.removeBackground.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  const job = await res.json();
  return job._links.self.href;
}

module.exports = { cutout };
