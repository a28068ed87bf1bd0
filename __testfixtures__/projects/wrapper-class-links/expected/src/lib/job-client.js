const BASE = process.env.API_BASE ?? 'https://image.adobe.io';

// Submits any Photoshop API job and keeps the accepted job on the instance until it settles.
export class JobClient {
  constructor(token) {
    this.token = token;
    this.job = undefined;
  }

  async submit(path, body) {
    const res = await fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    this.job = await res.json();
    return this.wait();
  }

  async wait() {
    for (;;) {
      /* rb-migrate RB217: _links.self.href read in JobClient.submit(), JobClient.wait(), jobs.submit(), jobs.wait(), which another module calls with a V1 Remove Background job response. V2 answers {jobId, statusUrl}: migrate this function together with the V1 request that calls it. */
      const poll = await fetch(this.job._links.self.href, { headers: { Authorization: `Bearer ${this.token}` } });
      const status = await poll.json();
      if (status.status === 'succeeded' || status.status === 'failed') return status;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export const jobs = new JobClient(process.env.TOKEN);
