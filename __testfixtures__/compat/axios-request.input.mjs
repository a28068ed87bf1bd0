import axios from 'axios';

export async function cutout(token, input, output) {
  const headers = { Authorization: `Bearer ${token}` };
  const res = await axios.post(
    'https://image.adobe.io/sensei/cutout',
    { input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } },
    { headers },
  );
  let status;
  do {
    status = (await axios.get(res.data._links.self.href, { headers })).data;
  } while (status.status === 'pending' || status.status === 'running');
  return status;
}
