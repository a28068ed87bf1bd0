import axios from 'axios';
import { v1AxiosAdapter } from 'rb-migrate-runtime';

export async function cutout(token, input, output) {
  const headers = { Authorization: `Bearer ${token}` };
  const res = await axios.post(
    'https://image.adobe.io/sensei/cutout',
    { input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } },
    { headers, adapter: v1AxiosAdapter },
  );
  let status;
  do {
    status = (await axios.get(res.data._links.self.href, { headers, adapter: v1AxiosAdapter })).data;
  } while (status.status === 'pending' || status.status === 'running');
  return status;
}
