// A tiny axios-like instance (axios.create({ baseURL, headers, adapter })) on top of fetch: post/get resolve
// to { status, data } and reject on non-2xx, as axios does. Like axios, an `adapter` (a function taking the
// request config) replaces the transport, and a string response body is parsed as JSON.
function create({ baseURL = '', headers = {}, adapter } = {}) {
  async function request(method, url, data) {
    if (adapter) {
      const config = { method: method.toLowerCase(), url, baseURL, headers: { ...headers }, data };
      if (data !== undefined) config.headers['Content-Type'] = 'application/json';
      const res = await adapter(config);
      return { status: res.status, data: parseJson(res.data) };
    }
    const full = /^https?:\/\//.test(url) ? url : baseURL.replace(/\/$/, '') + url;
    const res = await fetch(full, {
      method,
      headers: { ...headers, ...(data === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: data === undefined ? undefined : JSON.stringify(data),
    });
    const body = await res.json().catch(() => undefined);
    if (res.status < 200 || res.status >= 300) {
      const error = new Error(`Request failed with status code ${res.status}`);
      error.response = { status: res.status, data: body };
      throw error;
    }
    return { status: res.status, data: body };
  }
  return {
    post: (url, data) => request('POST', url, data),
    get: (url) => request('GET', url),
  };
}

function parseJson(data) {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

module.exports = { create };
