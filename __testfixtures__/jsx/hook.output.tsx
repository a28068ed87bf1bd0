import { useCallback } from 'react';
import axios from 'axios';

export function useMask(inputUrl: string, outputUrl: string) {
  return useCallback(async () => {
    /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
    const { data } = await axios.post<{ jobId: string; statusUrl: string }>('https://image.adobe.io/v2/remove-background', {
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    });
    return data.statusUrl;
  }, [inputUrl, outputUrl]);
}
