/**
 * The console's HTTP client on the browser's `fetch`: just what refine's simple-rest provider
 * calls (`get`/`delete`/`head`/`options(url, { headers, data })` — a read's `meta.method` may
 * name any of the four — and `post`/`put`/`patch(url, body, { headers })`, reading
 * `{ data, headers }`) and what the auth provider needs. It replaces axios, which was
 * ~20 KB gzipped of every page for the same few calls (docs/architecture.md, first load).
 */

/** Header names in lower case, as `fetch` gives them: `headers['x-total-count']`. */
export type ResponseHeaders = Record<string, string>;

export interface HttpResponse<T = unknown> {
  data: T;
  status: number;
  headers: ResponseHeaders;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** A JSON body for a DELETE (simple-rest sends `deleteOne`'s variables so). */
  data?: unknown;
}

/**
 * A failed request: `response` is the server's answer (status outside 2xx), absent when there
 * was none (server unreachable, connection dropped).
 */
export class HttpClientError extends Error {
  constructor(
    message: string,
    readonly response?: { status: number; data: unknown; headers: ResponseHeaders },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpClientError';
  }
}

export interface HttpClient {
  get<T = unknown>(url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  delete<T = unknown>(url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  head<T = unknown>(url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  options<T = unknown>(url: string, options?: RequestOptions): Promise<HttpResponse<T>>;
  post<T = unknown>(url: string, body?: unknown, options?: RequestOptions): Promise<HttpResponse<T>>;
  put<T = unknown>(url: string, body?: unknown, options?: RequestOptions): Promise<HttpResponse<T>>;
  patch<T = unknown>(url: string, body?: unknown, options?: RequestOptions): Promise<HttpResponse<T>>;
}

export interface HttpClientSettings {
  /** Headers every request carries, asked for at each request (language, session token). */
  headers?: () => Record<string, string>;
  /** What a failure is thrown as (the data provider turns it into refine's HttpError). */
  onFailure?: (error: HttpClientError) => unknown;
}

/** Names in lower case, so that the call's and the client's spellings of one header meet. */
function lowerCased(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/**
 * The body as JSON when it is JSON, else as the text it is (a proxy's error page), '' when
 * empty (a 204): a body that is not JSON must not turn an answer into a failure.
 */
function parseBody(text: string): unknown {
  if (text === '') return '';
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createHttpClient(settings: HttpClientSettings = {}): HttpClient {
  const fail = (error: HttpClientError): unknown => (settings.onFailure ? settings.onFailure(error) : error);

  async function send<T>(method: string, url: string, body: unknown, options?: RequestOptions) {
    const headers: Record<string, string> = {
      accept: 'application/json, text/plain, */*',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...lowerCased(options?.headers),
      // The client's own last, as the axios interceptor that set them did.
      ...lowerCased(settings.headers?.()),
    };
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, init);
      text = await response.text();
    } catch (cause) {
      throw fail(new HttpClientError('Network Error', undefined, { cause }));
    }
    const answer: HttpResponse<T> = {
      data: parseBody(text) as T,
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
    };
    if (response.ok) return answer;
    throw fail(new HttpClientError(`Request failed with status code ${response.status}`, answer));
  }

  return {
    get: (url, options) => send('GET', url, undefined, options),
    delete: (url, options) => send('DELETE', url, options?.data, options),
    head: (url, options) => send('HEAD', url, undefined, options),
    options: (url, options) => send('OPTIONS', url, undefined, options),
    post: (url, body, options) => send('POST', url, body, options),
    put: (url, body, options) => send('PUT', url, body, options),
    patch: (url, body, options) => send('PATCH', url, body, options),
  };
}
