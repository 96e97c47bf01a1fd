// @vitest-environment jsdom
import './setup';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComplaintFigures, ComplaintReport, OverdueItem } from '../../src/domain/complaints';
import { OverdueTable } from '../../src/features/complaints/dashboard/OverdueTable';
import { fakeProvider, renderApp } from './harness';

/**
 * The dashboard's overdue table when the report's json lists only the latest overdue complaints
 * (`overdueList`) of more (`overall.overdue`): the title counts them all, a line under the table
 * says how many are listed and links to the complaint list filtered to overdue.
 */

const LIST_HREF = '/complaints?filters=overdue';
const state = { loading: false, error: undefined, onRetry: () => {} };

const item = (id: number): OverdueItem => ({
  id,
  complaintNo: `TS-BJ01-202603-000${id}`,
  branchId: 1,
  severity: 'general',
  status: 'investigating',
  receivedAt: `2026-03-0${id}T01:00:00.000Z`,
  resolveDueAt: `2026-03-0${id + 1}T01:00:00.000Z`,
  resolvedAt: null,
  handlerId: null,
  hoursLate: 10 * id,
});

function reportWith(listed: number, overdue: number): ComplaintReport {
  const figures = { overdue } as ComplaintFigures;
  return {
    period: { from: '2026-03-01', to: '2026-03-31' },
    asOf: '2026-04-01T00:00:00.000Z',
    overall: figures,
    byBranch: [{ branchId: 1, code: 'BJ01', name: '北京', ...figures }],
    byCategory: [],
    bySeverity: [],
    byChannel: [],
    byHandler: [],
    byDepartment: [],
    byMonth: [],
    overdueList: Array.from({ length: listed }, (_, i) => item(listed - i)),
  };
}

function render(report: ComplaintReport) {
  const { provider } = fakeProvider({});
  renderApp(
    '/dashboards/complaints',
    provider,
    undefined,
    <OverdueTable report={report} state={state} listHref={LIST_HREF} />,
  );
}

describe('the overdue table of the complaint dashboard', () => {
  it('counts every overdue complaint and links to the list when only the latest are listed', () => {
    render(reportWith(3, 1234));
    const card = screen.getByText('超期投诉（1,234）').closest('.ant-card') as HTMLElement;
    const rows = within(card)
      .getAllByRole('link')
      .filter((a) => a.textContent?.startsWith('TS-'))
      .map((a) => a.textContent);
    expect(rows).toEqual(['TS-BJ01-202603-0003', 'TS-BJ01-202603-0002', 'TS-BJ01-202603-0001']);
    const more = within(card).getByText('此处列出最新的 3 件，全部 1,234 件见投诉列表');
    expect(more.closest('a')?.getAttribute('href')).toBe(LIST_HREF);
  });

  it('has no such line when every overdue complaint is listed', () => {
    render(reportWith(2, 2));
    const card = screen.getByText('超期投诉（2）').closest('.ant-card') as HTMLElement;
    expect(within(card).queryByText(/此处列出最新的/)).toBeNull();
  });
});
