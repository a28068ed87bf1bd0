// The destructured link is handed on whole: who reads it is not known, so the request stays V1 (RB220).
export async function cutout(token, inputUrl, outputUrl, poll) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  /* rb-migrate RB220: the job response of a rewritten V1 call is passed to the destructuring { _links }, which may still read _links.self.href. V2 answers {jobId, statusUrl}: make the destructuring { _links } read statusUrl, or pass job.statusUrl to it (keep _links for other Photoshop APIs). */
  const { _links: links } = await r.json();
  return poll(links);
}

// A name of the file is already called statusUrl: the property is renamed, the binding keeps its name.
export async function mask(token, inputUrl, outputUrl) {
  const statusUrl = 'unused';
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  const { statusUrl: _links } = await r.json();
  return [statusUrl, _links];
}
