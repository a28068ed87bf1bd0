import psApiLib from '@adobe/aio-lib-photoshop-api';
import { Jobs } from './lib/jobs.js';

export async function main() {
  const jobs = new Jobs(process.env.BUCKET);
  jobs.client = await psApiLib.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);
  await jobs.cutout('cat.png');
}
