import React from 'react';

export function RemoveBackground({ inputUrl, outputUrl, onJob }) {
  const start = async () => {
    const res = await fetch('https://image.adobe.io/sensei/cutout', {
      method: 'POST',
      body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
    });
    const job = await res.json();
    onJob(job._links.self.href);
  };
  return (
    <button type="button" onClick={start}>
      Remove background
    </button>
  );
}
