export async function waitForJob(base: string, jobId: string, token: string) {
  for (;;) {
    const res = await fetch(`${base}/sensei/status/${jobId}`, { headers: { authorization: `Bearer ${token}` } });
    const status = await res.json();
    if (status.status === 'succeeded' || status.status === 'failed') return status;
    await new Promise((r) => setTimeout(r, 2000));
  }
}
