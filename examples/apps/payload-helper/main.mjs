import { removeBackground } from './remove-background.mjs';

try {
  const status = await removeBackground(process.env.RB_INPUT_URL, process.env.RB_OUTPUT_URL, {
    apiKey: process.env.RB_API_KEY,
    token: process.env.RB_TOKEN,
  });
  console.log(JSON.stringify({ app: 'payload-helper', status }));
  process.exitCode = status === 'succeeded' ? 0 : 1;
} catch (error) {
  console.log(JSON.stringify({ app: 'payload-helper', status: 'error', message: error.message }));
  process.exitCode = 2;
}
