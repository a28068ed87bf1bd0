const { PhotoshopClient, StorageType, MaskFormatType } = require('@adobe/photoshop-apis');

async function mask(clientId, tokenProvider, inputUrl, outputUrl, signal) {
  const client = new PhotoshopClient({ clientId, tokenProvider });
  const { result } = await client.createMask(
    {
      input: { href: inputUrl, storage: StorageType.AZURE },
      output: { href: outputUrl, storage: StorageType.AZURE, mask: { format: MaskFormatType.SOFT } },
    },
    { signal },
  );
  return result.status;
}

module.exports = { mask };
