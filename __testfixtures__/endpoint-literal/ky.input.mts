import ky from 'ky';

interface Job {
  _links: { self: { href: string } };
}

export async function submit(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const job = await ky
    .post('https://image.adobe.io/sensei/cutout', {
      headers: { authorization: `Bearer ${token}` },
      json: { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } },
    })
    .json<Job>();
  return job._links.self.href;
}
