import got from 'got';

export async function submitCutout(inputUrl: string, outputUrl: string): Promise<string> {
  const job: any = await got
    .post('https://image.adobe.io/sensei/cutout', {
      json: {
        input: { href: inputUrl, storage: 'external' },
        output: { href: outputUrl, storage: 'external' },
      },
      headers: { 'x-api-key': process.env.CLIENT_ID },
    })
    .json();
  return job._links.self.href;
}
