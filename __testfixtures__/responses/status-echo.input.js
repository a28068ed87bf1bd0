export async function cutoutAndWait(inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = await res.json();
  const statusUrl = job._links.self.href;
  for (;;) {
    const poll = await fetch(statusUrl);
    const status = await poll.json();
    if (status.status === 'succeeded') return status.output.href;
    if (status.status === 'failed') throw new Error('cutout failed');
    await new Promise((r) => setTimeout(r, 2000));
  }
}
