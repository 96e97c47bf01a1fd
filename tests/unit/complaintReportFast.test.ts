import { describe, expect, it } from 'vitest';
import { complaintInput } from '../../reports/complaints';
import {
  complaintReport,
  type ComplaintFacts,
  type ComplaintReportFilter,
} from '../../src/domain/complaints';
import { instantMs } from '../../src/domain/instants';
import { referenceComplaintReport } from './reference/complaintReport';
import { demoData } from './reference/demoData';

/**
 * The single-pass complaint report against the straightforward computation it replaced
 * (`complaintFigures` per group, every instant through `Date.parse`/`shanghaiDate`), over the
 * demo seed's records: every figure of every breakdown must be the same number, not merely close.
 */

const data = demoData();
const input = complaintInput(data);
const complaints = input.complaints;

const YEAR: ComplaintReportFilter = {
  from: '2025-11-21',
  to: '2026-11-20',
  asOf: '2026-11-20T08:00:00.000Z',
};

/** Compares figure by figure, so a difference names its breakdown, group and figure. */
function expectSame(filter: ComplaintReportFilter) {
  const fast = complaintReport(input, filter);
  const reference = referenceComplaintReport(input, filter);
  for (const key of Object.keys(reference) as (keyof typeof reference)[])
    expect({ [key]: fast[key] }).toStrictEqual({ [key]: reference[key] });
  expect(fast).toStrictEqual(reference);
  return fast;
}

describe('complaint report: the single pass gives the figures of the per-group computation', () => {
  it('has enough demo records for the comparison to mean something', () => {
    const year = expectSame(YEAR);
    expect(year.overall.received).toBeGreaterThan(100);
    expect(year.overall.handled).toBeGreaterThan(50);
    expect(year.overall.overdue).toBeGreaterThan(0);
    expect(year.overdueList.length).toBe(year.overall.overdue);
    expect(year.byMonth).toHaveLength(13);
    expect(year.byHandler.length).toBeGreaterThan(3);
    expect(complaints.some((c) => c.status === 'withdrawn' || c.status === 'invalid')).toBe(true);
  });

  it('for the year, as of several instants', () => {
    for (const asOf of ['2026-11-20T08:00:00.000Z', '2026-06-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z'])
      expectSame({ ...YEAR, asOf });
  });

  it('for single months, a day, a range across years and an empty period', () => {
    expectSame({ ...YEAR, from: '2026-03-01', to: '2026-03-31' });
    expectSame({ ...YEAR, from: '2026-10-31', to: '2026-10-31' });
    expectSame({ ...YEAR, from: '2024-01-01', to: '2026-12-31' });
    const none = expectSame({ ...YEAR, from: '2019-01-01', to: '2019-01-31' });
    expect(none.overall.received).toBe(0);
  });

  it('with every filter of the dashboard, one at a time and together', () => {
    const first = complaints[0];
    const handler = complaints.find((c) => c.handlerId != null)!.handlerId!;
    expectSame({ ...YEAR, branchIds: [first.branchId] });
    expectSame({ ...YEAR, categories: [first.category, 'billing_refund'] });
    expectSame({ ...YEAR, severities: ['serious'] });
    expectSame({ ...YEAR, channels: [first.channel] });
    expectSame({ ...YEAR, handlerIds: [handler] });
    expectSame({
      ...YEAR,
      branchIds: [first.branchId],
      severities: ['general', 'serious'],
      channels: [first.channel],
    });
  });

  it('on the edges: resolved or acknowledged exactly at the deadline, received at the first and last instant', () => {
    const edged: ComplaintFacts[] = complaints.map((c, i) => {
      switch (i % 4) {
        case 0:
          return c.resolvedAt ? { ...c, resolvedAt: c.resolveDueAt } : c;
        case 1:
          return c.acknowledgedAt ? { ...c, acknowledgedAt: c.respondDueAt } : c;
        case 2:
          return { ...c, receivedAt: i % 8 === 2 ? '2025-11-20T16:00:00.000Z' : '2026-11-20T15:59:59.999Z' };
        default:
          return { ...c, receivedAt: i % 8 === 3 ? '2025-11-20T15:59:59.999Z' : '2026-11-20T16:00:00.000Z' };
      }
    });
    const edges = { ...input, complaints: edged };
    const fast = complaintReport(edges, YEAR);
    expect(fast).toStrictEqual(referenceComplaintReport(edges, YEAR));
    // The last two kinds: inside the period (first and last millisecond) and just outside it.
    expect(fast.overall.received).toBeLessThan(complaintReport(input, YEAR).overall.received);
  });

  it('when instants are written with an offset or without milliseconds (read as Date.parse reads them)', () => {
    const shifted: ComplaintFacts[] = complaints.map((c, i) => {
      if (i % 3 !== 0) return c;
      const local = (iso: string | null) =>
        iso === null ? null : new Date(instantMs(iso) + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
      return { ...c, receivedAt: local(c.receivedAt)!, resolvedAt: local(c.resolvedAt) };
    });
    const mixed = { ...input, complaints: shifted };
    const fast = complaintReport(mixed, YEAR);
    expect(fast).toStrictEqual(referenceComplaintReport(mixed, YEAR));
    expect(fast.overall).toStrictEqual(complaintReport(input, YEAR).overall);
  });
});
