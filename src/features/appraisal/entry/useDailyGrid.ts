import { useApiUrl, useCustom, useCustomMutation, type HttpError } from '@refinedev/core';
import type { DailyGrid, DayCell } from '../../../domain/appraisal';

/** Where the mock API serves the daily team entry (mock-api/features/appraisal/dailyEntry.ts). */
export const DAILY_ENTRY_URL = '/appraisal-events/daily-entry';

export interface SaveAnswer {
  changed: number;
  grid: DailyGrid;
}

/** The grid of one team's day, and its one-request save. */
export function useDailyGrid(teamId: number | null, date: string) {
  const apiUrl = useApiUrl();
  const { query, result } = useCustom<DailyGrid, HttpError>({
    url: `${apiUrl}${DAILY_ENTRY_URL}`,
    method: 'get',
    config: { query: { teamId, date } },
    queryOptions: { enabled: teamId !== null, queryKey: ['appraisal-daily-entry', teamId, date] },
    errorNotification: false,
  });
  const { mutateAsync, mutation } = useCustomMutation<
    SaveAnswer,
    HttpError,
    { teamId: number; date: string; cells: DayCell[] }
  >();
  const save = (cells: DayCell[]) =>
    mutateAsync({
      url: `${apiUrl}${DAILY_ENTRY_URL}`,
      method: 'post',
      values: { teamId: teamId as number, date, cells },
      successNotification: false,
      errorNotification: false,
    });
  return {
    grid: teamId !== null && query.isSuccess ? (result.data as DailyGrid) : undefined,
    query,
    save,
    saving: mutation.isPending,
  };
}
