import { useCallback } from 'react';
import axios from 'axios';

export function useMask(inputUrl: string, outputUrl: string) {
  return useCallback(async () => {
    const { data } = await axios.post<{ _links: { self: { href: string } } }>('https://image.adobe.io/sensei/mask', {
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    });
    return data._links.self.href;
  }, [inputUrl, outputUrl]);
}
