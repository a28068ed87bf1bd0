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
      const poll = await fetch(this.job._links.self.href, { headers: { Authorization: `Bearer ${this.token}` } });
      const status = await poll.json();
      if (status.status === 'succeeded' || status.status === 'failed') return status;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export const jobs = new JobClient(process.env.TOKEN);
