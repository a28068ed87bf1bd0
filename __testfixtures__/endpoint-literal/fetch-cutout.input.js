export async function removeBackground(token, apiKey, inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
    }),
  });
  const job = await res.json();
  return poll(job._links.self.href);
}
