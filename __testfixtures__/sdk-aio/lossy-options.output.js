const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function hardMask(orgId, apiKey, token, inputUrl, outputUrl) {
  const client = await createRemoveBackgroundClient({ apiKey, token });
  /* rb-migrate RB120: mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft). Threshold the V2 mask (or the cutout alpha) on the client, e.g. value >= 128 → 255, else 0. */
  const job = await client.runV1(fromAioArgs(
    { href: inputUrl, storage: 'external' },
    { href: outputUrl, storage: 'external', mask: { format: 'binary' }, overwrite: false },
  ), { endpoint: 'mask' }).then(toAioJob);
  return job.outputs[0].status;
}

module.exports = { hardMask };
