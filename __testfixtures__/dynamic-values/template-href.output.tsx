import { useState } from 'react';

export function CutoutButton({ bucket, id }: { bucket: string; id: string }) {
  const [job, setJob] = useState<string>();
  async function run() {
    /* rb-migrate RB110: V2 does not upload the result to output.href (`https://${bucket}.s3.amazonaws.com/out/${id}.png`); it hosts it at a temporary URL. Poll `body.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: `https://${bucket}.s3.amazonaws.com/out/${id}.png`, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
    const res = await fetch('https://image.adobe.io/v2/remove-background', {
      method: 'POST',
      body: JSON.stringify({
        image: { source: { url: `https://${bucket}.s3.amazonaws.com/in/${id}.jpg` } },
        mode: 'cutout',
        output: { mediaType: 'image/png' },
      }),
    });
    const body = await res.json();
    setJob(body.statusUrl);
  }
  return <button onClick={run}>{job ?? 'Remove background'}</button>;
}
