export function describe(): string {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. */
  return 'left for a human';
}
