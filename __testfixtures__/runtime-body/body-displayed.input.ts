// Pattern: the V1 body is sent and also shown to the user (a debug panel): it is translated where it is sent.
export async function submit(panel: { textContent: string }, inputUrl: string, outputUrl: string) {
  const body = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  };
  panel.textContent = JSON.stringify(body, null, 2);
  const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
  const job = await res.json();
  return job._links.self.href;
}
