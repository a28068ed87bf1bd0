const { photoshopClient } = require('../photoshop');

const input = { href: process.env.RB_INPUT_URL, storage: 'external' };
const output = { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' };

photoshopClient()
  .then((client) => client.createCutout(input, output))
  .then(
    (job) => job.outputs[0].status,
    () => 'error',
  )
  .then((status) => console.log(JSON.stringify({ app: 'remove-background', status })));
