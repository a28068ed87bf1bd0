async function pollJob(payload, headers) {
  const statusUrl = payload._links.self.href;
  for (;;) {
    const response = await fetch(statusUrl, { headers });
    const job = await response.json();
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 500));
  }
}

module.exports = { pollJob };
