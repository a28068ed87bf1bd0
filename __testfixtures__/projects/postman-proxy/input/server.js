// A small proxy: the Postman collection calls it, it adds the credentials and forwards to Adobe.
const http = require('node:http');

const ADOBE = 'https://image.adobe.io';

async function forward(path, body) {
  const response = await fetch(`${ADOBE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      Authorization: `Bearer ${process.env.ADOBE_TOKEN}`,
      'x-api-key': process.env.ADOBE_CLIENT_ID,
      'Content-Type': 'application/json',
    },
    body,
  });
  return response.json();
}

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
  if (req.method === 'POST' && req.url === '/sensei/cutout') {
    const job = await forward('/sensei/cutout', body);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ jobId: job.jobId, poll: job._links.self.href }));
    return;
  }
  if (req.method === 'GET' && req.url.startsWith('/sensei/status/')) {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(await forward(req.url)));
    return;
  }
  res.statusCode = 404;
  res.end();
});

server.listen(Number(process.env.PORT ?? 3000));
