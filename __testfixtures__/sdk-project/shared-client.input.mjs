// A module-level client exported to a module that also uses it for another Photoshop API.
import { init } from '@adobe/aio-lib-photoshop-api';

export const client = await init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

export async function cutout(input, output) {
  return (await client.createCutout(input, output)).jobId;
}
