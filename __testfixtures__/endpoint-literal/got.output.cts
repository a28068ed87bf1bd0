import got from 'got';

export async function submitCutout(inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const job: any = await got
    .post('https://image.adobe.io/v2/remove-background', {
      json: {
        image: { source: { url: inputUrl } },
        mode: 'cutout',
        output: { mediaType: 'image/png' },
      },
      headers: { 'x-api-key': process.env.CLIENT_ID },
    })
    .json();
  return job.statusUrl;
}
