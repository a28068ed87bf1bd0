import { useState } from 'react';
import { PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

let photoshop: PhotoshopClient | undefined;

export function configure(clientId: string, getToken: () => Promise<string>) {
  photoshop = new PhotoshopClient({ clientId, tokenProvider: { getToken } });
}

export function RemoveBackgroundButton({ input, output }: { input: string; output: string }) {
  const [status, setStatus] = useState<string>();
  const onClick = async () => {
    const { result } = await photoshop!.removeBackground({
      input: { href: input, storage: StorageType.EXTERNAL },
      output: { href: output, storage: StorageType.EXTERNAL },
    });
    setStatus(result.status);
  };
  return <button onClick={onClick}>{status ?? 'Remove background'}</button>;
}
