import { useApiUrl, useCustom, type HttpError } from '@refinedev/core';
import type { ComplaintReport } from '../../../domain/complaints';
import { reportQuery, type DashboardFilters } from './filters';

/**
 * The dashboard's figures: the `complaints` report's JSON from `GET /api/reports/complaints`
 * (the same definition the command and the xlsx run), through the data provider so the
 * request carries the console's language and sign-in. A local adapter until the shared
 * dashboard kit's `useReport` is available; it asks for the same route.
 */
export function useComplaintReport(filters: DashboardFilters) {
  const apiUrl = useApiUrl();
  const { query, result } = useCustom<ComplaintReport & Record<string, unknown>, HttpError>({
    url: `${apiUrl}/reports/complaints`,
    method: 'get',
    config: { query: reportQuery(filters) },
    queryOptions: { retry: false },
    errorNotification: false,
  });
  return {
    report: query.isSuccess ? (result.data as ComplaintReport) : undefined,
    loading: query.isLoading,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}

/** The xlsx of the same run: the route with `format=xlsx`. */
export function reportXlsxUrl(apiUrl: string, filters: DashboardFilters): string {
  const params = new URLSearchParams({ ...reportQuery(filters), format: 'xlsx' });
  return `${apiUrl}/reports/complaints?${params.toString()}`;
}
