import { callApi, pollJob } from './adobe-client';

/** Photoshop actions are not Remove Background: this file must stay as it is. */
export async function applyActions(inputUrl, outputUrl, actionsUrl) {
  const job = await callApi('/pie/psdService/photoshopActions', {
    inputs: [{ href: inputUrl, storage: 'external' }],
    options: { actions: [{ href: actionsUrl, storage: 'external' }] },
    outputs: [{ href: outputUrl, storage: 'external', type: 'image/vnd.adobe.photoshop' }],
  });
  const status = await pollJob(job);
  return status.outputs?.[0]?._links?.self?.href ?? job._links.self.href;
}
