import { useApiUrl, useCustom, useCustomMutation, useInvalidate, type HttpError } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FollowUpRecord, FollowUpResult } from '../../../domain/followUps';

/** The mock API's due lists (mock-api/features/satisfaction/followUps.ts). */
export interface DueAnswer {
  today: string;
  asOf: string;
  dueToday: FollowUpRecord[];
  overdue: FollowUpRecord[];
}

/**
 * What is still to call as of `today` (the browser's Shanghai day, sent so the lists match
 * the date shown), for one caller or everyone the user may see.
 */
export function useDueFollowUps(today: string, staffId: number | null) {
  const apiUrl = useApiUrl();
  const { query, result } = useCustom<DueAnswer, HttpError>({
    url: `${apiUrl}/follow-ups/due`,
    method: 'get',
    config: { query: staffId === null ? { today } : { today, staffId } },
    queryOptions: { queryKey: ['follow-ups-due', today, staffId] },
    errorNotification: false,
  });
  return { due: query.isSuccess ? result.data : undefined, query };
}

/** The second click: `POST /follow-ups/:id/record {result}` (the server times it), then fresh lists. */
export function useRecordFollowUp() {
  const apiUrl = useApiUrl();
  const invalidate = useInvalidate();
  const queryClient = useQueryClient();
  const { mutateAsync, mutation } = useCustomMutation<FollowUpRecord, HttpError>();
  const record = async (id: number, result: FollowUpResult, success: string) => {
    await mutateAsync({
      url: `${apiUrl}/follow-ups/${id}/record`,
      method: 'post',
      values: { result },
      successNotification: () => ({ type: 'success', message: success }),
      errorNotification: (error) => ({ type: 'error', message: error?.message ?? '' }),
    });
    await invalidate({ resource: 'follow-ups', invalidates: ['list', 'many', 'detail'], id });
    // The due lists are a query of their own, which refine's resource invalidation misses.
    await queryClient.invalidateQueries({ queryKey: ['follow-ups-due'] });
  };
  return { record, pending: mutation.isPending, pendingId: mutation.variables?.url };
}
