export async function cutoutWithRetry(inputUrl, outputUrl) {
  const body = JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } });
  try {
    return await (await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body })).json();
  } catch {
    const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body });
    const job = await res.json();
    return job._links.self.href;
  }
}
