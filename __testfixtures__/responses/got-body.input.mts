import got from 'got';

export async function submit(inputUrl: string, outputUrl: string) {
  const response = await got.post('https://image.adobe.io/sensei/cutout', {
    json: { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } },
    responseType: 'json',
  });
  const { body } = response as { body: any };
  return body?._links.self.href;
}
