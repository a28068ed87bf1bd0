export async function cutoutFromCloud(token: string) {
  /* rb-migrate RB101: input.href is not an absolute https URL ("/files/photos/model.jpg"); V2 only fetches https URLs. Pass a presigned https GET URL on a host V2 accepts (S3, Azure Blob, Dropbox temporary link, Frame.io, GCS). */
  /* rb-migrate RB104: input.storage "adobe": V2 cannot read Creative Cloud paths. Export the file from Creative Cloud to S3/Azure/Dropbox and pass a presigned https URL instead of the CC path. */
  /* rb-migrate RB110: V2 does not upload the result to output.href ("/files/photos/model-cutout.png"); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  /* rb-migrate RB111: output.storage "adobe": V2 cannot write to Creative Cloud. Download the V2 result and upload it to Creative Cloud yourself, or choose S3/Azure/Dropbox as the destination. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      image: { source: { url: '/files/photos/model.jpg' } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    }),
  });
  return res.json();
}
