// @vitest-environment jsdom
import './setup';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useReportQuery } from '../../src/dashboards/kit/useReportQuery';

const inRouter =
  (url: string) =>
  ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;

function useQueryAndSearch() {
  const [query, set] = useReportQuery('2026-10');
  return { query, set, search: useLocation().search };
}

describe('a dashboard’s filters in the URL', () => {
  it('keeps both of two changes made before the page renders again', () => {
    const { result } = renderHook(useQueryAndSearch, { wrapper: inRouter('/dashboards/x') });
    expect(result.current.query).toEqual({ month: '2026-10' });
    // One setter, called twice in the same tick: the second call must start from the first's URL.
    const { set } = result.current;
    act(() => {
      set({ month: '2026-09' });
      set({ branch: 'BJ01' });
    });
    expect(result.current.query).toEqual({ month: '2026-09', branch: 'BJ01' });
    expect(new URLSearchParams(result.current.search).get('month')).toBe('2026-09');
  });

  it('merges, removes an emptied key, and swaps a month for a date range', () => {
    const { result } = renderHook(useQueryAndSearch, {
      wrapper: inRouter('/dashboards/x?month=2026-03&branch=SH01&channel=phone'),
    });
    act(() => result.current.set({ channel: '' }));
    expect(result.current.query).toEqual({ month: '2026-03', branch: 'SH01' });
    act(() => result.current.set({ from: '2026-03-05', to: '2026-03-20' }));
    expect(result.current.query).toEqual({ branch: 'SH01', from: '2026-03-05', to: '2026-03-20' });
    act(() => result.current.set({ month: '2026-04' }));
    expect(result.current.query).toEqual({ branch: 'SH01', month: '2026-04' });
  });
});
