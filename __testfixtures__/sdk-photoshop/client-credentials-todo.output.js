const { PhotoshopClient } = require('@adobe/photoshop-apis');

/* rb-migrate RB208: V1 SDK call new PhotoshopClient({ clientId, clientSecret }) with client credentials cannot be rewritten automatically. Use createRemoveBackgroundClient().runV1() from rb-migrate, which keeps V1 semantics. */
const client = new PhotoshopClient({ clientId: process.env.CLIENT_ID, clientSecret: process.env.CLIENT_SECRET });

async function cutout(body) {
  /* rb-migrate RB212: V1 SDK call client.removeBackground (client creation not rewritten) was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten. Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used. */
  const { result } = await client.removeBackground(body);
  return result.status;
}

module.exports = { cutout };
