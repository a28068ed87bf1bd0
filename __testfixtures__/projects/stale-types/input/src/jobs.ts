const HOST = 'https://image.adobe.io';

interface SubmitResponse {
  _links: { self: { href: string } };
}

type MaskJob = {
  readonly _links: { self: { href: string } };
  submittedAt?: string;
};

function headers(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'x-api-key': process.env.RB_API_KEY ?? '', 'Content-Type': 'application/json' };
}

export async function submitCutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const res = await fetch(`${HOST}/sensei/cutout`, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = (await res.json()) as SubmitResponse;
  return job._links.self.href;
}

export async function submitMask(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const res = await fetch(`${HOST}/sensei/mask`, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job: MaskJob = await res.json();
  return job._links.self.href;
}

export async function submitInline(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const body: { input: { href: string; storage: string }; output: { href: string; storage: string } } = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  };
  const res = await fetch(`${HOST}/sensei/cutout`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) });
  const accepted = (await res.json()) as { _links: { self: { href: string } } };
  return accepted._links.self.href;
}
