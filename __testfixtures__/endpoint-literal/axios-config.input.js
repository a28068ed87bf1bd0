import axios from 'axios';

export function requestMask(inputUrl, outputUrl, headers) {
  return axios({
    method: 'post',
    url: 'https://image.adobe.io/sensei/mask',
    headers,
    data: { input: { href: inputUrl, storage: 'dropbox' }, output: { href: outputUrl, storage: 'dropbox' } },
  }).then((r) => r.data);
}
