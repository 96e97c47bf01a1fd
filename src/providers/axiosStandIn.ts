/**
 * What the console's bundle gets for `axios` (vite.config.ts, `resolve.alias`). refine's
 * simple-rest module makes an axios instance of its own on import (`axios.create()` and an
 * error interceptor) for when it is given no client; the console always gives it its own
 * (httpClient.ts), so that instance only has to exist. Any request through it fails loudly.
 */

const NOT_BUNDLED =
  'axios is not part of the console: give simple-rest the console’s own client (src/providers/httpClient.ts)';

function refuse(): Promise<never> {
  return Promise.reject(new Error(NOT_BUNDLED));
}

/** Interceptors are accepted and never run: no request is made through this instance. */
const interceptors = { use: () => 0, eject: () => undefined, clear: () => undefined };

const instance = {
  interceptors: { request: interceptors, response: interceptors },
  request: refuse,
  get: refuse,
  delete: refuse,
  head: refuse,
  options: refuse,
  post: refuse,
  put: refuse,
  patch: refuse,
};

const axios = { ...instance, create: () => instance };

export default axios;
