// Pattern 10, axios form: a non-V1 body (inputs[]/outputs[], result in the Location header) right after the URL.
import axios from 'axios';
export async function submitCutout(job: { input: string; output: string }, token: string) {
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
