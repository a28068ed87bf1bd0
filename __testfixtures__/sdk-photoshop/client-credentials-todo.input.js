const { PhotoshopClient } = require('@adobe/photoshop-apis');

const client = new PhotoshopClient({ clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET });

async function cutout(body) {
  const { result } = await client.removeBackground(body);
  return result.status;
}

module.exports = { cutout };
