const SENSEI = 'https://image.adobe.io/sensei';

export async function cutout(inputUrl, outputUrl) {
  const res = await fetch(`${SENSEI}/cutout`, {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

export async function status(jobId) {
  const res = await fetch(SENSEI + '/status/' + jobId);
  return res.json();
}
