import { describe, expect, it } from 'vitest';
import { satisfactionInput } from '../../reports/satisfaction';
import { codes } from '../../src/resources/options';
import { SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import {
  lowScores,
  satisfactionReport,
  scoreResponses,
  indexTemplates,
  type ResponseRecord,
  type SatisfactionReportFilter,
  type TemplateRecord,
} from '../../src/domain/satisfaction';
import { lowScoresOf } from '../../src/domain/satisfaction/pass';
import { demoData } from './reference/demoData';
import { referenceSatisfactionReport } from './reference/satisfactionReport';

/**
 * The month-by-month satisfaction report against the computation it replaced (`scoreResponses`,
 * a Map-keyed `Tally` per group over the whole period, `shanghaiDate` per response), over the
 * demo seed's responses: every count of every breakdown must be the same, every score, share and
 * rate the same up to the last bits of sums added in another order (months' totals added up).
 */

/** The reference with each number as "equal to 9 decimals" (a count off by one still fails). */
function figures<T>(value: T): T {
  if (typeof value === 'number') return expect.closeTo(value, 9) as T;
  if (Array.isArray(value)) return value.map(figures) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, figures(v)])) as T;
  return value;
}

const data = demoData();
const input = satisfactionInput(data);
const responses = input.responses;
const CHANNELS = codes(SURVEY_CHANNELS);
const YEAR: SatisfactionReportFilter = { from: '2025-11-21', to: '2026-11-20' };

/** Compares part by part, so a difference names its breakdown, group and figure. */
function expectSame(filter: SatisfactionReportFilter, given = input) {
  const fast = satisfactionReport(given, filter, CHANNELS);
  const reference = referenceSatisfactionReport(given, filter, CHANNELS);
  for (const key of Object.keys(reference) as (keyof typeof reference)[])
    expect({ [key]: fast[key] }).toStrictEqual({ [key]: figures(reference[key]) });
  expect(fast).toStrictEqual(figures(reference));
  return fast;
}

describe('satisfaction report: the single pass gives the figures of the per-group computation', () => {
  it('has enough demo records for the comparison to mean something', () => {
    const year = expectSame(YEAR);
    expect(year.overall.responses).toBeGreaterThan(1000);
    expect(year.overall.excluded).toBeGreaterThan(0);
    expect(year.lowScores.length).toBeGreaterThan(0);
    expect(year.byMonth).toHaveLength(13);
    expect(year.byStaff.length).toBeGreaterThan(3);
    expect(year.overall.npsAnswers).toBeGreaterThan(0);
  });

  it('for single months, a day, a range across years and an empty period', () => {
    expectSame({ from: '2026-03-01', to: '2026-03-31' });
    expectSame({ from: '2026-10-31', to: '2026-10-31' });
    expectSame({ from: '2024-01-01', to: '2026-12-31' });
    expect(expectSame({ from: '2019-01-01', to: '2019-01-31' }).overall.responses).toBe(0);
  });

  it('with each of the dashboard filters, alone and together', () => {
    const first = responses.find((r) => r.staffId != null && r.serviceItemId != null)!;
    expectSame({ ...YEAR, branchIds: [first.branchId] });
    expectSame({ ...YEAR, staffId: first.staffId! });
    expectSame({ ...YEAR, serviceItemId: first.serviceItemId! });
    expectSame({ ...YEAR, channel: first.channel });
    expectSame({
      ...YEAR,
      branchIds: [first.branchId],
      channel: first.channel,
      serviceItemId: first.serviceItemId!,
    });
  });

  it('with a second template (10 points, a dimension of its own, an optional one) and odd responses', () => {
    const [base] = input.templates as TemplateRecord[];
    const ten: TemplateRecord = {
      id: 900,
      name: 'ten',
      scale: 10,
      hasNps: false,
      dimensions: [
        { key: base.dimensions[0].key, label: 'q', weight: 3, required: true },
        { key: 'extra', label: 'extra', weight: 1, required: false },
      ],
    };
    const odd: ResponseRecord[] = responses.map((r, i) => {
      switch (i % 7) {
        case 0:
          return {
            ...r,
            templateId: 900,
            scores: { [base.dimensions[0].key]: (i % 10) + 1, extra: i % 3 ? 8 : null },
          };
        case 1:
          return { ...r, templateId: 900, scores: { [base.dimensions[0].key]: 2 } };
        case 2:
          return { ...r, scores: { ...(r.scores ?? {}), [base.dimensions[0].key]: 4.5 } };
        case 3:
          return { ...r, templateId: 999 };
        case 4:
          return { ...r, staffId: null, serviceItemId: null, nps: i % 2 ? 9 : 6 };
        default:
          return r;
      }
    });
    const mixed = { ...input, templates: [...input.templates, ten], responses: odd };
    const r = expectSame(YEAR, mixed);
    expect(r.dimensionLabels.map((d) => d.key)).toContain('extra');
    expect(r.overall.dimensions.extra).not.toBeNull();
  });

  it('lists staff and items of the same name by id', () => {
    const [a, b] = [...new Set(responses.map((r) => r.staffId).filter((id) => id != null))] as number[];
    const employees = input.employees.map((e) => (e.id === a || e.id === b ? { ...e, name: '同名' } : e));
    const r = expectSame(YEAR, { ...input, employees });
    const same = r.byStaff.filter((s) => s.name === '同名').map((s) => s.staffId);
    expect(same).toStrictEqual([Math.min(a, b), Math.max(a, b)]);
  });

  it('lists the same low scores for the load step as lowScores(scoreResponses(…))', () => {
    expect(lowScoresOf(responses, input.templates)).toStrictEqual(
      lowScores(scoreResponses(responses, indexTemplates(input.templates))),
    );
  });
});
