// A tiny axios-like instance (axios.create({ baseURL, headers })) on top of fetch: post/get resolve to
// { status, data } and reject on non-2xx, as axios does.
function create({ baseURL = '', headers = {} } = {}) {
  async function request(method, url, data) {
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

module.exports = { create };
