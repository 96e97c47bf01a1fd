import type { Lang } from '../../../src/schema/labels';
import { reportMessage } from '../messages';
import { paramsToQuery } from '../params';
import { ReportParamsError } from '../run';
import type { ReportParams } from '../types';
import { apiBase, failureReason, networkReason, requestHeaders, SourceError } from './http';

/**
 * The backend's own report route, `GET {api}/reports/NAME?…&format=xlsx|json` (the mock API's
 * `mock-api/features/reports.ts`): the server runs the report over its store and streams the
 * workbook, so the CLI needs neither the records nor the writer. A backend without the route
 * (a plain simple-rest server) answers 404; the caller then reads the records itself.
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

interface ErrorBody {
  message?: unknown;
  errors?: unknown;
}

async function errorBody(response: Response): Promise<ErrorBody> {
  try {
    return (await response.json()) as ErrorBody;
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
export async function requestReport(req: ReportRouteRequest): Promise<Response | undefined> {
  const doFetch = req.fetch ?? globalThis.fetch.bind(globalThis);
  const resource = `reports/${req.name}`;
  let response: Response;
  try {
    response = await doFetch(reportRouteUrl(req), { headers: requestHeaders(req.lang, req.token) });
  } catch (error) {
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, { resource, reason: networkReason(error) }),
      0,
    );
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.status === 400) {
    const body = await errorBody(response);
    const message = typeof body.message === 'string' ? body.message : `${response.status}`;
    throw new ReportParamsError(fieldErrors(body) ?? { request: message }, req.lang);
  }
  if (!response.ok)
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, { resource, reason: await failureReason(response) }),
      response.status,
    );
  const type = response.headers.get('Content-Type') ?? '';
  const expected = req.format === 'xlsx' ? XLSX_CONTENT_TYPE : 'application/json';
  if (!type.toLowerCase().startsWith(expected)) {
    await response.body?.cancel();
    throw new SourceError(
      reportMessage('sourceFailed', req.lang, {
        resource,
        reason: reportMessage('unexpectedType', req.lang, { type: type || '—', expected }),
      }),
      response.status,
    );
  }
  return response;
}
