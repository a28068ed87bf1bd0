import { submitInline } from '../lib/submit-inline.js';

export async function mask(inputUrl, outputUrl) {
  const body = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
  };
  /* rb-migrate RB216: the V1 job response is handled by submitInline() of '../lib/submit-inline.js' in another module, which reads _links.self.href; this request was left V1. A request and the code reading its response change together: make that function read statusUrl for this job (V2 answers {jobId, statusUrl}), then run rb-migrate rewrite again. */
  return submitInline('/sensei/mask', body);
}
