export async function waitForJob(base: string, jobId: string, token: string) {
  for (;;) {
    /* rb-migrate RB260: V1 status URL `${base}/sensei/status/${jobId}` was left unchanged: no job submission migrated in this file goes with it, and V2 status does not know V1 jobs. A poll changes together with the submission whose job id it polls: migrate both in one change (V2 answers {jobId, statusUrl}; poll that statusUrl), or move the poll next to its submission and run rb-migrate rewrite again. */
    const res = await fetch(`${base}/sensei/status/${jobId}`, { headers: { authorization: `Bearer ${token}` } });
    const status = await res.json();
    if (status.status === 'succeeded' || status.status === 'failed') return status;
    await new Promise((r) => setTimeout(r, 2000));
  }
}
