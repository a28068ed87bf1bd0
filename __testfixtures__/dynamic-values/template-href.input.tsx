import { useState } from 'react';

export function CutoutButton({ bucket, id }: { bucket: string; id: string }) {
  const [job, setJob] = useState<string>();
  async function run() {
    const res = await fetch('https://image.adobe.io/sensei/cutout', {
      method: 'POST',
      body: JSON.stringify({
        input: { href: `https://${bucket}.s3.amazonaws.com/in/${id}.jpg`, storage: 'external' },
        output: { href: `https://${bucket}.s3.amazonaws.com/out/${id}.png`, storage: 'external' },
      }),
    });
    const body = await res.json();
    setJob(body._links.self.href);
  }
  return <button onClick={run}>{job ?? 'Remove background'}</button>;
}
