import axios from 'axios';

// Shared with the Photoshop (pie/psdService) jobs, which still answer with _links.
export async function pollJob(job: { _links: { self: { href: string } } }) {
  const { data } = await axios.get(job._links.self.href);
  return data;
}

export async function cutout(inputUrl: string, outputUrl: string) {
  const res = await axios.post('https://image.adobe.io/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  const statusUrl = res.data._links.self.href;
  return statusUrl;
}
