import { useCallback } from 'react';
import axios from 'axios';

export function useMask(inputUrl: string, outputUrl: string) {
  return useCallback(async () => {
    /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate/runtime'`, then delete this line. */
    /* rb-migrate RB221: type { _links: { self: { href: string } } } still describes the V1 shape; the code around it was migrated to V2. Use the V2 types: V2Request for the body, {jobId, statusUrl} (V2Accepted) for the POST response; both are exported by rb-migrate. */
    const { data } = await axios.post<{ _links: { self: { href: string } } }>('https://image.adobe.io/v2/remove-background', {
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    });
    return data.statusUrl;
  }, [inputUrl, outputUrl]);
}
