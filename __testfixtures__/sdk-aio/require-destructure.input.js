const { init, Storage } = require("@adobe/aio-lib-photoshop-api")

async function mask(orgId, apiKey, token, inputUrl, outputUrl) {
  const ps = await init(orgId, apiKey, token)
  const job = await ps.createMask(inputUrl, { href: outputUrl, storage: Storage.AZURE })
  await job.pollUntilDone()
  return job.outputs[0].status
}

module.exports = mask
