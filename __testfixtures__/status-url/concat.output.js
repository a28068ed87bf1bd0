const BASE = 'https://image.adobe.io';

export async function getStatus(jobId, headers) {
  /* rb-migrate RB260: V1 status URL '/sensei/status/' was left unchanged: no job submission migrated in this file goes with it, and V2 status does not know V1 jobs. A poll changes together with the submission whose job id it polls: migrate both in one change (V2 answers {jobId, statusUrl}; poll that statusUrl), or move the poll next to its submission and run rb-migrate rewrite again. */
  const res = await fetch(BASE + '/sensei/status/' + jobId, { headers });
  return res.json();
}
