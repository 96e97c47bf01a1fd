import { useApiUrl, useCustom, type HttpError } from '@refinedev/core';
import type { AppraisalReport } from '../../../../reports/appraisal/result';

export interface AppraisalParams {
  month: string;
  /** A branch code, or none for every branch the user may see. */
  branch?: string;
  team?: number;
}

/**
 * The `appraisal` report's JSON from the backend's report route (`GET /api/reports/appraisal`),
 * the figures behind the dashboard. A local adapter until the shared dashboard kit's
 * `useReport` is available; it asks the same route with the same parameters.
 */
export function useAppraisalReport(params: AppraisalParams) {
  const apiUrl = useApiUrl();
  const query: Record<string, string> = { month: params.month };
  if (params.branch) query.branch = params.branch;
  if (params.team !== undefined) query.team = String(params.team);
  const { query: q, result } = useCustom<AppraisalReport, HttpError>({
    url: `${apiUrl}/reports/appraisal`,
    method: 'get',
    config: { query },
    queryOptions: { queryKey: ['report', 'appraisal', query] },
    errorNotification: false,
  });
  return {
    data: q.isSuccess ? (result.data as AppraisalReport) : undefined,
    loading: q.isLoading,
    error: q.isError ? q.error : null,
    refetch: () => void q.refetch(),
  };
}
