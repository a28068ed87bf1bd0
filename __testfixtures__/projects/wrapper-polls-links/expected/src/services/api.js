const BASE = process.env.API_BASE ?? 'https://image.adobe.io';

// One caller for every Photoshop API endpoint: sends the body, then polls the job's status link.
export async function callApi(endpoint, body) {
  const res = await fetch(`${BASE}${endpoint}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const payload = await res.json();
  for (;;) {
    /* rb-migrate RB217: _links.self.href read in callApi(), which another module calls with a V1 Remove Background job response. V2 answers {jobId, statusUrl}: migrate this function together with the V1 request that calls it. */
    const poll = await fetch(payload['_links'].self.href, { headers: { Authorization: `Bearer ${process.env.TOKEN}` } });
    const job = await poll.json();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
