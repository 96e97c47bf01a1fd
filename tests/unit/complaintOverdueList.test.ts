import { describe, expect, it } from 'vitest';
import { complaintInput, complaintsReport } from '../../reports/complaints';
import { parseReportParams } from '../../reports/core/params';
import { runReport } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportData } from '../../reports/core/types';
import {
  complaintReport,
  OVERDUE_LIST_LIMIT,
  type ComplaintReport,
  type ComplaintReportFilter,
} from '../../src/domain/complaints';
import { latestFirst } from '../../src/domain/complaints/latest';
import { referenceComplaintReport } from './reference/complaintReport';
import { demoData } from './reference/demoData';

/**
 * The report's json carries the latest overdue complaints only (the dashboard's table; the
 * count of all is `overall.overdue`): the short list must be the first rows of the full one,
 * in its order, and nothing else in the report may change.
 */

// The demo's complaints four times over (new ids, same instants: ties broken by id), so that
// more are overdue than the json lists.
const demo = demoData();
const data: ReportData = {
  ...demo,
  complaints: [0, 1, 2, 3].flatMap((k) =>
    (demo.complaints ?? []).map((c) => ({ ...c, id: Number(c.id) + k * 100_000 })),
  ),
};
const input = complaintInput(data);
// Far ahead: every unresolved complaint is overdue, so the list is longer than the limit.
const LATE: ComplaintReportFilter = {
  from: '2025-11-21',
  to: '2026-11-20',
  asOf: '2030-01-01T00:00:00.000Z',
};

/** The order of the full list: received latest first, then the larger id, else as given. */
const stableOrder = <T extends { receivedAt: string; id: number }>(rows: readonly T[]) =>
  [...rows].sort((a, b) =>
    a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : b.id - a.id,
  );

describe('latestFirst', () => {
  // A fixed pseudo-random shuffle with ties: equal instants, equal ids (told apart by `tag`).
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
  const rows = Array.from({ length: 300 }, (_, tag) => ({
    id: next() % 40,
    receivedAt: `2026-0${1 + (next() % 9)}-01T00:00:00.000Z`,
    tag,
  }));

  it('is the first rows of the stable sort, for every limit', () => {
    const sorted = stableOrder(rows);
    for (const limit of [0, 1, 2, 5, 17, 100, 299, 300, 301, Infinity])
      expect(latestFirst(rows, limit).map((r) => r.tag)).toEqual(sorted.slice(0, limit).map((r) => r.tag));
  });

  it('whatever the input order (oldest first, newest first)', () => {
    const ascending = [...stableOrder(rows)].reverse();
    expect(latestFirst(ascending, 10)).toEqual(stableOrder(ascending).slice(0, 10));
    const descending = stableOrder(rows);
    expect(latestFirst(descending, 10)).toEqual(descending.slice(0, 10));
    expect(latestFirst([], 10)).toEqual([]);
  });
});

describe('complaint report: the overdue list cut to the latest ones', () => {
  const full = complaintReport(input, LATE);

  it('has more overdue complaints than the json lists, for the cut to mean something', () => {
    expect(full.overdueList.length).toBe(full.overall.overdue);
    expect(full.overall.overdue).toBeGreaterThan(OVERDUE_LIST_LIMIT);
  });

  it('lists the first rows of the reference list; every figure is unchanged', () => {
    const reference = referenceComplaintReport(input, LATE);
    for (const limit of [0, 1, 10, OVERDUE_LIST_LIMIT]) {
      const short = complaintReport(input, LATE, { overdueLimit: limit });
      expect(short.overdueList).toStrictEqual(reference.overdueList.slice(0, limit));
      expect({ ...short, overdueList: [] }).toStrictEqual({ ...reference, overdueList: [] });
    }
    const all = complaintReport(input, LATE, { overdueLimit: full.overall.overdue });
    expect(all).toStrictEqual(reference);
  });

  it('the report definition (route, CLI, console) gives the latest OVERDUE_LIST_LIMIT and the count of all', async () => {
    const parsed = parseReportParams({ ...LATE }, 'zh', new Date(LATE.asOf));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const run = await runReport(
      complaintsReport,
      tableRecordSource((name) => data[name] ?? []),
      parsed.params,
      'zh',
    );
    const result = run.result as ComplaintReport;
    expect(result.overdueList).toHaveLength(OVERDUE_LIST_LIMIT);
    expect(result.overall.overdue).toBe(full.overall.overdue);
    expect(result.overdueList).toStrictEqual(full.overdueList.slice(0, OVERDUE_LIST_LIMIT));
  });
});
