const API = 'https://image.adobe.io';

export async function jobStatus(jobId, headers) {
  const res = await fetch(API + '/sensei/status/' + jobId, { headers });
  return res.json();
}
