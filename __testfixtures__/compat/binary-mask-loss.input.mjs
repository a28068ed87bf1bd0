const MASK_URL = 'https://image.adobe.io/sensei/mask';

export async function binaryMask(headers, input, output) {
  const body = {
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'binary' } },
  };
  const res = await fetch(MASK_URL, { method: 'POST', headers, body: JSON.stringify(body) });
  const job = await res.json();
  return (await fetch(job._links.self.href, { headers })).json();
}
