import axios from 'axios';

// Shared with the Photoshop (pie/psdService) jobs, which still answer with _links.
export async function pollJob(job: { _links: { self: { href: string } } }) {
  /* rb-migrate RB204: _links.self.href read on a value that does not come from a rewritten V1 call. If it is a Remove Background job, read statusUrl instead; other Photoshop APIs still use _links. */
  const { data } = await axios.get(job._links.self.href);
  return data;
}

export async function cutout(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await axios.post('https://image.adobe.io/v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  const statusUrl = res.data.statusUrl;
  return statusUrl;
}
