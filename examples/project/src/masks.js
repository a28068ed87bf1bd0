import axios from 'axios';

const imageApi = axios.create({ baseURL: 'https://image.adobe.io' });

/** Hard-edged masks for the print catalogue. */
export async function printMask(inputUrl, outputUrl, headers) {
  const { data } = await imageApi.post(
    '/sensei/mask',
    {
      input: { href: inputUrl, storage: 'azure' },
      output: { href: outputUrl, storage: 'azure', mask: { format: 'binary' } },
    },
    { headers },
  );
  return data._links.self.href;
}
