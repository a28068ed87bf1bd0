const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require("rb-migrate-runtime")

async function mask(orgId, apiKey, token, inputUrl, outputUrl) {
  const ps = await createRemoveBackgroundClient({ apiKey, token })
  const job = await ps.runV1(fromAioArgs(inputUrl, { href: outputUrl, storage: "azure" }), { endpoint: "mask" }).then(toAioJob)
  await job.pollUntilDone()
  return job.outputs[0].status
}

module.exports = mask
