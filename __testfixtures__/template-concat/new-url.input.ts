const BASE = process.env.ADOBE_IMAGE_API ?? 'https://image.adobe.io';

export async function mask(inputUrl: string, outputUrl: string) {
  const res = await fetch(new URL('/sensei/mask', BASE), {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

export async function status(jobId: string) {
  const res = await fetch(new URL(`/sensei/status/${encodeURIComponent(jobId)}`, BASE).toString());
  return res.json();
}
