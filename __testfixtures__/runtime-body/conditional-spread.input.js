// Pattern: a V1 body spread from a base, with the output added only when a flag is set.
const base = { input: { href: process.env.INPUT_URL, storage: 'external' } };

export async function cutout(outputUrl, withOutput) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { 'x-api-key': process.env.API_KEY },
    body: JSON.stringify({ ...base, ...(withOutput ? { output: { href: outputUrl, storage: 'external' } } : {}) }),
  });
  const job = await res.json();
  return job._links.self.href;
}
