import { useDataProvider } from '@refinedev/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { parseReportParams } from '../../../reports/core/params';
import { runReport } from '../../../reports/core/run';
import { useLang } from '../../i18n/lang';
import type { Lang } from '../../schema/labels';
import { dataProviderSource, fetchReport, reportUrl, ReportRequestError } from './http';
import type { ReportQuery } from './useReportQuery';

export interface ReportState<Result> {
  data: Result | undefined;
  loading: boolean;
  error: Error | undefined;
  /** Where the figures came from: the backend's report route, or computed in the browser. */
  computedIn: 'backend' | 'browser' | undefined;
  refetch(): void;
}

/**
 * Computes a report in the browser: the same definition and domain functions the backend runs,
 * over records read through the data provider. Used when the backend has no report route
 * (the pluggable-backend rule); the registry is loaded only then.
 */
export async function computeInBrowser(
  name: string,
  query: ReportQuery,
  lang: Lang,
  dataProvider: Parameters<typeof dataProviderSource>[0],
) {
  const { findReport } = await import('../../../reports/index');
  const definition = findReport(name);
  if (!definition) throw new ReportRequestError(name, 404);
  const { extra, ...raw } = splitQuery(query);
  const parsed = parseReportParams(raw, lang, new Date(), extra);
  if (!parsed.ok) throw new ReportRequestError(Object.values(parsed.errors).join('; '), 400, parsed.errors);
  const source = dataProviderSource(dataProvider);
  return { definition, run: await runReport(definition, source, parsed.params, lang) };
}

const KNOWN = ['month', 'year', 'from', 'to', 'branch', 'asOf'] as const;

/** The standard parameters and the report's own (`extra`) of a dashboard query. */
export function splitQuery(query: ReportQuery) {
  const known: Record<string, string> = {};
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if ((KNOWN as readonly string[]).includes(key)) known[key] = value;
    else extra[key] = value;
  }
  return { ...known, extra };
}

function definedQuery(query: ReportQuery): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
}

/**
 * A report's figures for a dashboard: `GET {api}/reports/:name` (the backend's stats route) in
 * the console's language; when that route does not exist (404), the same report computed in
 * the browser. Cached by name, query and language in refine's query client, so it refetches
 * when one of them changes and a dashboard reopened shows its figures at once.
 */
export function useReport<Result>(name: string, query: ReportQuery): ReportState<Result> {
  const dataProvider = useDataProvider()();
  const lang = useLang();
  const q = definedQuery(query);
  const result = useQuery({
    queryKey: ['report', name, q, lang],
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        const response = await fetchReport(reportUrl(dataProvider.getApiUrl(), name, q), lang, signal);
        return { data: (await response.json()) as Result, computedIn: 'backend' as const };
      } catch (error) {
        if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
        const { run } = await computeInBrowser(name, q, lang, dataProvider);
        return { data: run.result as Result, computedIn: 'browser' as const };
      }
    },
  });
  const { refetch } = result;
  return {
    data: result.data?.data,
    loading: result.isLoading,
    error: result.error ?? undefined,
    computedIn: result.data?.computedIn,
    refetch: useCallback(() => void refetch(), [refetch]),
  };
}
