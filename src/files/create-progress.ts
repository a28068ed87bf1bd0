/** A one-line progress bar on a TTY stream; a no-op elsewhere (CI logs stay plain). */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

/** Creates the progress bar for `total` items, drawn at most every 100 ms, only when `stream` is a TTY (not `TERM=dumb`). */
export function createProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  // A dumb terminal cannot take the carriage-return redraw and the erase-line code.
  if (!stream.isTTY || total < 200 || process.env.CI || process.env.TERM === 'dumb')
    return { update: () => undefined, finish: () => undefined };
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      stream.write('\r\x1b[2K');
    },
  };
}
