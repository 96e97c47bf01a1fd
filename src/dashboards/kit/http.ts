import type { CrudFilter, DataProvider } from '@refinedev/core';
import type { QueryParams, RecordSource, ReportRecord } from '../../../reports/core/types';
import { requestHeaders } from '../../providers/requestHeaders';
import type { Lang } from '../../schema/labels';

/**
 * How the kit reaches the backend outside refine's CRUD methods: the report route (JSON and
 * the xlsx Blob) with the same language and session headers the data provider sends, and a
 * RecordSource over the data provider for the browser-side fallback.
 */

/** A failed answer of the report route, with the backend's message when it sent one. */
export class ReportRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ReportRequestError';
  }
}

export function reportUrl(apiUrl: string, name: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `${apiUrl.replace(/\/+$/, '')}/reports/${encodeURIComponent(name)}${search ? `?${search}` : ''}`;
}

/** GETs the report route; throws ReportRequestError (status 404 = this backend has no such route). */
export async function fetchReport(url: string, lang: Lang, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, { headers: requestHeaders(lang), signal });
  if (response.ok) return response;
  let message = `${response.status} ${response.statusText}`.trim();
  let errors: Record<string, string> | undefined;
  try {
    const body = (await response.json()) as { message?: string; errors?: Record<string, string> };
    if (body.message) message = body.message;
    errors = body.errors;
  } catch {
    // not JSON
  }
  throw new ReportRequestError(message, response.status, errors);
}

function toCrudFilters(query: QueryParams): CrudFilter[] {
  return Object.entries(query).map(([key, value]) => {
    const m = /^(.*?)_(gte|lte|ne|like)$/.exec(key);
    if (m)
      return { field: m[1], operator: m[2] === 'like' ? 'contains' : (m[2] as 'gte' | 'lte' | 'ne'), value };
    return Array.isArray(value)
      ? { field: key, operator: 'in', value }
      : { field: key, operator: 'eq', value };
  });
}

const PAGE = 5000;

/**
 * Records through the data provider (so through any simple-rest backend), in pages of 5,000
 * sorted by id: the browser-side source of a report when the backend has no report route.
 */
export function dataProviderSource(dataProvider: DataProvider): RecordSource {
  return {
    async list(resource: string, query: QueryParams = {}): Promise<ReportRecord[]> {
      const filters = toCrudFilters(query);
      const out: ReportRecord[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<ReportRecord>({
          resource,
          filters,
          sorters: [{ field: 'id', order: 'asc' }],
          pagination: { currentPage: page, pageSize: PAGE, mode: 'server' },
        });
        out.push(...data);
        if (data.length < PAGE || out.length >= total) return out;
      }
    },
  };
}
