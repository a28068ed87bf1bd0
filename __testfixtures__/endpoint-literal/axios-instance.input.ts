import axios from 'axios';

const api = axios.create({ baseURL: 'https://image.adobe.io', timeout: 10_000 });

export async function startMask(inputUrl: string, outputUrl: string): Promise<string> {
  const response = await api.post('/sensei/mask', {
    input: { href: inputUrl, storage: 'azure' },
    output: { href: outputUrl, storage: 'azure', color: { space: 'rgb' } },
  });
  return response.data._links.self.href;
}
