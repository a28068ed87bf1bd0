// Appends to random files the way an editor saves an edit (open, append, close) until told to stop (an IPC
// message), then sends back the log of every append it made: { path, id }[] (bench/concurrent-edits.ts).
import { appendFileSync, readFileSync } from 'node:fs';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

const [listFile, tag, seedText, everyText] = process.argv.slice(2);
const every = Number(everyText ?? 3);
/** @type {{ absolute: string; comment: string }[]} */
const files = JSON.parse(readFileSync(listFile, 'utf8'));
let a = Number(seedText) >>> 0;
const rand = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
let stop = false;
process.on('message', () => (stop = true));
// The driver died: stop appending.
process.on('disconnect', () => process.exit(0));
const log = [];
let k = 0;
process.send?.({ ready: true });
while (!stop) {
  const file = files[Math.floor(rand() * files.length)];
  const id = `${tag}-${k++}`;
  appendFileSync(file.absolute, `${file.comment} rb-append ${id}\n`);
  log.push({ path: file.absolute, id });
  await sleep(Math.floor(rand() * 2 * every));
}
process.send?.({ log }, () => process.exit(0));
