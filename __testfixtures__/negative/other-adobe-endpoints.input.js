// Photoshop and Lightroom jobs are not Remove Background: nothing here changes.
export async function runActions(headers, body) {
  const res = await fetch('https://image.adobe.io/pie/psdService/photoshopActions', { method: 'POST', headers, body });
  const job = await res.json();
  return job._links.self.href;
}

export async function autoTone(headers, body) {
  return fetch('https://image.adobe.io/lrService/autoTone', { method: 'POST', headers, body });
}
