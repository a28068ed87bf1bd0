import axios from 'axios';

export function submitCutout(payload: { input: object; output: object }) {
  return axios.post('https://image.adobe.io/sensei/cutout', payload);
}
