import { request } from 'undici';

export async function submitMask(token, inputUrl, outputUrl) {
  const { statusCode, body } = await request('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
    }),
  });
  if (statusCode !== 202) throw new Error(`unexpected ${statusCode}`);
  const job = await body.json();
  return job._links.self.href;
}
