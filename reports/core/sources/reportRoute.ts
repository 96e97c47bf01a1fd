import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { Lang } from '../../../src/schema/labels';
import { reportMessage } from '../messages';
import { paramsToQuery } from '../params';
import { ReportParamsError } from '../run';
import type { ReportParams } from '../types';
import { apiBase, networkReason, requestHeaders, SourceError } from './http';
import { failureText, nodeRequest, readText, type NodeAnswer } from './nodeHttp';

/**
 * The backend's own report route, `GET {api}/reports/NAME?…&format=xlsx|json` (the mock API's
 * `mock-api/features/reports.ts`): the server runs the report over its store and streams the
 * workbook, so the CLI needs neither the records nor the writer. A backend without the route
 * (a plain simple-rest server) answers 404; the caller then reads the records itself.
 *
 * Without a `fetch` of the caller's, the request goes through node:http (`nodeHttp.ts`).
 */
export interface ReportRouteRequest {
  api: string;
  name: string;
  params: ReportParams;
  format: 'xlsx' | 'json';
  token?: string;
  lang: Lang;
  fetch?: typeof fetch;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportRouteUrl(req: Pick<ReportRouteRequest, 'api' | 'name' | 'params' | 'format'>): string {
  const search = new URLSearchParams({ ...paramsToQuery(req.params), format: req.format });
  return `${apiBase(req.api)}/reports/${encodeURIComponent(req.name)}?${search}`;
}

/** The route's answer, whichever way it came: its status and type, its body to read once. */
export interface RouteAnswer {
  status: number;
  contentType: string;
  /** The body as a Node stream (the workbook goes to its file as it arrives). */
  stream(): Readable;
  json(): Promise<unknown>;
  /** "404 Not Found", or the backend's own message after the status when it sent one. */
  failure(): Promise<string>;
  /** Drops the body unread. */
  cancel(): Promise<void>;
}

function fromNode(answer: NodeAnswer): RouteAnswer {
  return {
    status: answer.status,
    contentType: answer.contentType,
    stream: () => answer.body,
    json: async () => JSON.parse(await readText(answer.body)) as unknown,
    failure: async () => failureText(answer.status, answer.statusText, await readText(answer.body)),
    cancel: async () => {
      answer.body.destroy();
    },
  };
}

function fromFetch(response: Response): RouteAnswer {
  return {
    status: response.status,
    contentType: response.headers.get('Content-Type') ?? '',
    stream: () => {
      if (!response.body) throw new Error('no body');
      // Node's fetch gives a web stream; its DOM type and node:stream/web's differ only in typing.
      return Readable.fromWeb(response.body as unknown as NodeReadableStream<Uint8Array>);
    },
    json: () => response.json() as Promise<unknown>,
    failure: async () => failureText(response.status, response.statusText, await response.text()),
    cancel: async () => {
      await response.body?.cancel();
    },
  };
}

async function ask(req: ReportRouteRequest): Promise<RouteAnswer> {
  const url = reportRouteUrl(req);
  const headers = requestHeaders(req.lang, req.token);
  return req.fetch
    ? fromFetch(await req.fetch(url, { headers }))
    : fromNode(await nodeRequest(url, { headers }));
}

interface ErrorBody {
  message?: unknown;
  errors?: unknown;
}

async function errorBody(answer: RouteAnswer): Promise<ErrorBody> {
  try {
    return (await answer.json()) as ErrorBody;
  } catch {
    return {};
  }
}

function fieldErrors(body: ErrorBody): Record<string, string> | undefined {
  if (typeof body.errors !== 'object' || body.errors === null) return undefined;
  const entries = Object.entries(body.errors).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * Asks the route. Resolves to the successful answer (its body not yet read), or to `undefined`
 * when the backend has no such route (404). Refusals throw what the list path throws: a 400 is
 * a `ReportParamsError` (wrong parameters, e.g. an unknown branch: exit code 2), anything else
 * (401, 403, 5xx, no answer, an answer that is not the asked format) a `SourceError`.
 */
export async function requestReport(req: ReportRouteRequest): Promise<RouteAnswer | undefined> {
  const resource = `reports/${req.name}`;
  let answer: RouteAnswer;
  try {
    answer = await ask(req);
  } catch (error) {
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, { resource, reason: networkReason(error) }),
      0,
    );
  }
  if (answer.status === 404) {
    await answer.cancel();
    return undefined;
  }
  if (answer.status === 400) {
    const body = await errorBody(answer);
    const message = typeof body.message === 'string' ? body.message : `${answer.status}`;
    throw new ReportParamsError(fieldErrors(body) ?? { request: message }, req.lang);
  }
  if (answer.status < 200 || answer.status > 299)
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, { resource, reason: await answer.failure() }),
      answer.status,
    );
  const expected = req.format === 'xlsx' ? XLSX_CONTENT_TYPE : 'application/json';
  if (!answer.contentType.toLowerCase().startsWith(expected)) {
    await answer.cancel();
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, {
        resource,
        reason: reportMessage('unexpectedType', req.lang, { type: answer.contentType || '—', expected }),
      }),
      answer.status,
    );
  }
  return answer;
}
