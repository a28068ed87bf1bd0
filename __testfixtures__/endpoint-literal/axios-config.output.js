import axios from 'axios';

export function requestMask(inputUrl, outputUrl, headers) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  return axios({
    method: 'post',
    url: 'https://image.adobe.io/v2/remove-background',
    headers,
    data: { image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } },
  }).then((r) => r.data);
}
