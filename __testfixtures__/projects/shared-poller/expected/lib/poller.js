async function pollJob(payload, headers) {
  /* rb-migrate RB217: _links.self.href read in pollJob(), which another module calls with a V1 Remove Background job response. V2 answers {jobId, statusUrl}: migrate this function together with the V1 request that calls it. */
  const statusUrl = payload._links.self.href;
  for (;;) {
    const response = await fetch(statusUrl, { headers });
    const job = await response.json();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 500));
  }
}

module.exports = { pollJob };
