import { spawn } from 'node:child_process';
import { startEmulator } from './src/emulator/index.ts';
import { makeInputPng } from './test/equivalence/make-input-png.ts';
const e = await startEmulator({ latencyMs: 20, log: (l) => console.log(l) });
e.storage.write('a/input.png', makeInputPng()); e.storage.write('a/act', Buffer.from('x'));
const env = { PATH: process.env.PATH, API_HOST: e.url, ACCESS_TOKEN: 't', API_KEY: 'k', POLL_SECONDS: '0.05',
 INPUT_URL: e.storage.url('a/input.png', {access:'read'}), ACTION_URL: e.storage.url('a/act', {access:'read'}),
 INTERMEDIATE_PUT_URL: e.storage.url('a/i.png'), INTERMEDIATE_GET_URL: e.storage.url('a/i.png', {access:'read'}), FINAL_OUTPUT_URL: e.storage.url('a/f.jpg') };
const s = `${process.argv[2]}`;
const p = await new Promise<string>((res) => { const c = spawn('bash', ['-x', s], { env }); let o=''; c.stdout.on('data',(d:Buffer)=>o+=d); c.stderr.on('data',(d:Buffer)=>o+=d); c.on('close',()=>res(o)); });
console.log(p.split('\n').filter(l=>!l.includes('photoshop actions:') && !l.includes('SECONDS')).slice(-400).join('\n'));
await e.close();
