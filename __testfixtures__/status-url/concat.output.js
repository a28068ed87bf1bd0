const BASE = 'https://image.adobe.io';

export async function getStatus(jobId, headers) {
  const res = await fetch(BASE + '/v2/status/' + jobId, { headers });
  return res.json();
}
