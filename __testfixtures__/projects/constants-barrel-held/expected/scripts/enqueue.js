import { REMOVE_BG_URL } from '../lib/endpoints.js';

// The same endpoint handed to a job queue: where its body is sent cannot be seen, so it stays V1.
export function enqueue(queue, payload) {
  /* rb-migrate RB209: V1 endpoint REMOVE_BG_URL is used where its request body cannot be found; the URL was left unchanged. Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md. */
  queue.push({ url: REMOVE_BG_URL, payload });
}
