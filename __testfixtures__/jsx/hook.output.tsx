import { useCallback } from 'react';
import axios from 'axios';

export function useMask(inputUrl: string, outputUrl: string) {
  return useCallback(async () => {
    /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
    const { data } = await axios.post<{ jobId: string; statusUrl: string }>('https://image.adobe.io/v2/remove-background', {
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    });
    return data.statusUrl;
  }, [inputUrl, outputUrl]);
}
