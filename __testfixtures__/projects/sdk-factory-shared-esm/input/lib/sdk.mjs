import * as psApi from '@adobe/aio-lib-photoshop-api';

export async function getClient() {
  return psApi.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN);
}
