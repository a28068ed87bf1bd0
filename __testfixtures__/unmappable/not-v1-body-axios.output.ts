// Pattern 10, axios form: a non-V1 body (inputs[]/outputs[], result in the Location header) right after the URL.
import axios from 'axios';
export async function submitCutout(job: { input: string; output: string }, token: string) {
  /* rb-migrate RB263: the body sent to V1 endpoint 'https://image.adobe.io/sensei/cutout' is not a V1 Remove Background body (no input.href/output.href); request left unchanged. V1 cutout/mask never accepted this body: find what the code meant to send, then write the V2 request by hand (image.source.url, mode, output; see docs/mapping.md). */
  const resp = await axios.post(
    'https://image.adobe.io/sensei/cutout',
    {
      inputs: [{ href: job.input }],
      outputs: [{ href: job.output, storage: 'external', type: 'png' }],
    },
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return resp.headers.location as string;
}
