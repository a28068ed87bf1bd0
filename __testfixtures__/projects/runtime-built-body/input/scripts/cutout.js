const { ImageServices } = require('../lib/services');

const services = new ImageServices(process.env.RB_API_KEY, process.env.RB_TOKEN);
services.removeBackground(process.env.RB_INPUT_URL, process.env.RB_OUTPUT_URL).then(
  (status) => {
    console.log(JSON.stringify({ app: 'cutout', status }));
    process.exitCode = status === 'succeeded' ? 0 : 1;
  },
  (error) => {
    console.log(JSON.stringify({ app: 'cutout', status: 'error', message: error.message }));
    process.exitCode = 2;
  },
);
