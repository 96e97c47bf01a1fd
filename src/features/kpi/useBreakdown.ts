import { useApiUrl, useCustom, useCustomMutation, useInvalidate, type HttpError } from '@refinedev/core';
import type { CycleStep } from '../../domain/kpi';
import { breakdownUrl, stepsUrl, type Breakdown } from './api';

export interface StepValues {
  step: CycleStep;
  scores?: Record<string, number | null>;
  comments?: string | null;
  submit?: boolean;
  version?: number;
}

/** One appraisal's breakdown and its steps (each answers the breakdown as saved). */
export function useBreakdown(id: string | number | undefined) {
  const apiUrl = useApiUrl();
  const invalidate = useInvalidate();
  const { query, result } = useCustom<Breakdown, HttpError>({
    url: `${apiUrl}${breakdownUrl(id ?? 0)}`,
    method: 'get',
    queryOptions: { enabled: id !== undefined, queryKey: ['kpi-breakdown', id] },
    errorNotification: false,
  });
  const { mutateAsync, mutation } = useCustomMutation<Breakdown, HttpError, StepValues>();
  const take = async (values: StepValues) => {
    const answer = await mutateAsync({
      url: `${apiUrl}${stepsUrl(id ?? 0)}`,
      method: 'post',
      values,
      successNotification: false,
      errorNotification: false,
    });
    await query.refetch();
    await invalidate({ resource: 'monthly-appraisals', invalidates: ['list', 'detail'], id });
    return answer.data;
  };
  return {
    breakdown: query.isSuccess ? (result.data as Breakdown) : undefined,
    query,
    take,
    busy: mutation.isPending,
  };
}
