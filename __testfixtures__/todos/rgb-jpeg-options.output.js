export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  /* rb-migrate RB123: output.type image/jpeg on a cutout: JPEG has no alpha channel, the removed background will be filled. Use image/png or image/webp to keep transparency, or set backgroundColor on purpose. */
  /* rb-migrate RB121: color.space "rgb" on a cutout: V2 keeps transparency and has no colour-space field. To get an opaque result pass backgroundColor {red, green, blue, alpha: 1} (and image/jpeg if you want 3 channels). */
  /* rb-migrate RB190: unknown V1 field priority is not sent to V2. Remove it, or map it yourself if it meant something to your integration. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({
      image: { source: { url: inputUrl } },
      mode: 'cutout',
      output: { mediaType: 'image/jpeg' },
    }),
  });
  return res.json();
}
