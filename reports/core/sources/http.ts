import { DEFAULT_LANG, LOCALE_OF, type Lang } from '../../../src/schema/labels';
import { reportMessage } from '../messages';
import type { QueryParams, RecordSource, ReportRecord } from '../types';

/**
 * A RecordSource over any backend that speaks the simple-rest contract (docs/api-contract.md):
 * big `_start/_end` pages sorted by id, filters as query keys (a list as repeated keys), the
 * total from `X-Total-Count`. Uses the platform's `fetch` (Node ≥ 18 and browsers), so the CLI
 * and the console share it.
 */
export interface HttpSourceOptions {
  /** Base URL of the API, e.g. `http://localhost:4000/api`. */
  api: string;
  /** Sent as `Authorization: Bearer …` when set (see `signIn`). */
  token?: string;
  lang?: Lang;
  /** Records per request (default 10,000). */
  pageSize?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** A read or sign-in the backend refused or could not answer; `status` 0 = no answer. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

const DEFAULT_PAGE = 10_000;

/** The API's base URL without trailing slashes. */
export function apiBase(api: string): string {
  return api.replace(/\/+$/, '');
}

/** `field=a&field=b` for lists, as simple-rest sends "in" filters. */
export function toSearchParams(query: QueryParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.append(key, String(value));
  }
  return search;
}

/** Why a request got no answer: `fetch failed (ECONNREFUSED)` rather than just `fetch failed`. */
export function networkReason(error: unknown): string {
  // Duck-typed: fetch's errors may come from another realm (a test runner's), so no instanceof.
  const { message, cause } = (error ?? {}) as { message?: unknown; cause?: { code?: unknown } };
  const text = typeof message === 'string' ? message : String(error);
  return typeof cause?.code === 'string' ? `${text} (${cause.code})` : text;
}

/** A refusal as one line: the status and the backend's message when it sent one. */
export async function failureReason(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') return `${response.status} ${body.message}`;
  } catch {
    // not JSON: the status says enough
  }
  return `${response.status} ${response.statusText}`.trim();
}

/** The language and, when signed in, the bearer token, as every request of the CLI sends them. */
export function requestHeaders(lang: Lang | undefined, token: string | undefined): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': LOCALE_OF[lang ?? DEFAULT_LANG] };
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

function headers(opts: HttpSourceOptions): Record<string, string> {
  return { Accept: 'application/json', ...requestHeaders(opts.lang, opts.token) };
}

export function httpRecordSource(opts: HttpSourceOptions): RecordSource {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const pageSize = opts.pageSize ?? DEFAULT_PAGE;
  const lang = opts.lang ?? 'zh';
  return {
    async list(resource: string, query: QueryParams = {}): Promise<ReportRecord[]> {
      const out: ReportRecord[] = [];
      for (let start = 0; ; start += pageSize) {
        const search = toSearchParams({
          ...query,
          _sort: 'id',
          _order: 'asc',
          _start: start,
          _end: start + pageSize,
        });
        const url = `${apiBase(opts.api)}/${encodeURIComponent(resource)}?${search}`;
        let response: Response;
        try {
          response = await doFetch(url, { headers: headers(opts), signal: opts.signal });
        } catch (error) {
          if (opts.signal?.aborted) throw error;
          throw new SourceError(
            reportMessage('sourceFailed', lang, { resource, reason: networkReason(error) }),
            0,
          );
        }
        if (!response.ok)
          throw new SourceError(
            reportMessage('sourceFailed', lang, { resource, reason: await failureReason(response) }),
            response.status,
          );
        const page = (await response.json()) as ReportRecord[];
        out.push(...page);
        const total = Number(response.headers.get('X-Total-Count'));
        const done =
          Number.isFinite(total) && response.headers.has('X-Total-Count') ? out.length >= total : false;
        if (done || page.length < pageSize) return out;
      }
    },
  };
}

/** The sign-in request (both transports send it: this file's fetch and nodeHttp.ts). */
export function signInRequest(
  username: string,
  password: string,
  lang: Lang,
): { method: 'POST'; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': LOCALE_OF[lang] },
    body: JSON.stringify({ username, password }),
  };
}

/**
 * Signs in with `POST {api}/auth/login` {username, password} and returns the bearer token. A
 * backend without that route (404/405) needs no sign-in: the answer is then `undefined` and
 * reads go without a token. Any other refusal (wrong password…) is an error.
 */
export async function signIn(
  api: string,
  username: string,
  password: string,
  opts: { lang?: Lang; fetch?: typeof fetch } = {},
): Promise<string | undefined> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const lang = opts.lang ?? 'zh';
  let response: Response;
  try {
    response = await doFetch(`${apiBase(api)}/auth/login`, signInRequest(username, password, lang));
  } catch (error) {
    throw new SourceError(reportMessage('loginFailed', lang, { reason: networkReason(error) }), 0);
  }
  if (response.status === 404 || response.status === 405) return undefined;
  if (!response.ok)
    throw new SourceError(
      reportMessage('loginFailed', lang, { reason: await failureReason(response) }),
      response.status,
    );
  const body = (await response.json()) as { token?: unknown };
  return typeof body.token === 'string' ? body.token : undefined;
}
