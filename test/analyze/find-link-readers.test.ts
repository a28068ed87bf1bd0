import { describe, expect, it } from 'vitest';
import { findLinkReaders } from '../../src/analyze/js/find-link-readers.ts';
import { readLinkUses } from '../../src/analyze/js/read-link-uses.ts';

describe('readLinkUses', () => {
  it('tells reads from a parameter from reads of a value the function obtained itself', () => {
    expect(readLinkUses('return fetch(job._links.self.href)', ['path', 'job'])).toEqual({
      params: [1],
      own: false,
    });
    expect(readLinkUses('fetch((await r.json())._links.self.href)', ['path'])).toEqual({
      params: [],
      own: true,
    });
    expect(readLinkUses("fetch(this.job['_links'].self.href)", ['job'])).toEqual({ params: [], own: true });
    expect(readLinkUses('a(job._links.self.href); b(other._links?.self.href)', ['job'])).toEqual({
      params: [0],
      own: true,
    });
    expect(readLinkUses('return job._links.self', ['job'])).toEqual({ params: [], own: false });
  });
});

describe('findLinkReaders', () => {
  it('records a wrapper reading the link of its response inline', () => {
    const source = `export async function submit(path, body) {
      const r = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
      return fetch((await r.json())._links.self.href);
    }`;
    expect(findLinkReaders(source, 'api.js')).toEqual({ submit: [-1] });
  });

  it('records every method of an exported class that keeps the response on a field', () => {
    const source = `export class JobClient {
      async submit(path, body) { this.job = await (await fetch(path, { body })).json(); return this.wait(); }
      async wait() { return fetch(this.job._links.self.href); }
      poll(job) { return fetch(job._links.self.href); }
    }
    export const jobs = new JobClient();`;
    expect(findLinkReaders(source, 'client.js')).toEqual({
      'JobClient.submit': [-1],
      'JobClient.wait': [-1],
      'JobClient.poll': [0, -1],
      'jobs.submit': [-1],
      'jobs.wait': [-1],
      'jobs.poll': [0, -1],
    });
  });

  it('records the methods of a default-exported instance by their own names', () => {
    const source = `class Poller { poll(job) { return fetch(job._links.self.href); } }
    module.exports = new Poller();`;
    expect(findLinkReaders(source, 'poller.cjs')).toEqual({ poll: [0] });
  });

  it('records nothing for a class that is not exported or reads no link', () => {
    expect(findLinkReaders('class A { f(j) { return j._links.self.href; } }', 'a.js')).toEqual({});
    expect(findLinkReaders('export class B { f(j) { return j._links; } }', 'b.js')).toEqual({});
  });
});
