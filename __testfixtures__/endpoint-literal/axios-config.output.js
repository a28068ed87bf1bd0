import axios from 'axios';

export function requestMask(inputUrl, outputUrl, headers) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'dropbox' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  return axios({
    method: 'post',
    url: 'https://image.adobe.io/v2/remove-background',
    headers,
    data: { image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } },
  }).then((r) => r.data);
}
