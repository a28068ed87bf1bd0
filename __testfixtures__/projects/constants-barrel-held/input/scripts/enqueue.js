import { REMOVE_BG_URL } from '../lib/endpoints.js';

// The same endpoint handed to a job queue: where its body is sent cannot be seen, so it stays V1.
export function enqueue(queue, payload) {
  queue.push({ url: REMOVE_BG_URL, payload });
}
