import { useState } from 'react';
import { createRemoveBackgroundClient, type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

let photoshop: RemoveBackgroundClient | undefined;

export function configure(clientId: string, getToken: () => Promise<string>) {
  photoshop = createRemoveBackgroundClient({ apiKey: clientId, getToken });
}

export function RemoveBackgroundButton({ input, output }: { input: string; output: string }) {
  const [status, setStatus] = useState<string>();
  const onClick = async () => {
    const { result } = await photoshop!.runV1({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
    setStatus(result.status);
  };
  return <button onClick={onClick}>{status ?? 'Remove background'}</button>;
}
