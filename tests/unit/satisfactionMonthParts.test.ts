import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportParams } from '../../reports/core/params';
import { runReport } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportMemory } from '../../reports/core/types';
import { satisfactionInput, satisfactionReportDefinition } from '../../reports/satisfaction';
import { shanghaiMonthIndex } from '../../src/domain/instants';
import {
  dimensionKeys,
  indexTemplates,
  satisfactionReport,
  type ResponseRecord,
  type SatisfactionReportFilter,
} from '../../src/domain/satisfaction';
import { monthPart, MonthPartsCache, type MonthPart } from '../../src/domain/satisfaction/monthParts';
import { ResponseScorer } from '../../src/domain/satisfaction/pass';
import { codes } from '../../src/resources/options';
import { SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import { demoData } from './reference/demoData';

/**
 * The months' totals remembered between runs over live records (the API route): reused only for
 * the very same response objects, so a report with the cache is the report without it, whatever
 * changed in between; and only the months that changed are computed again.
 */

const input = satisfactionInput(demoData());
const CHANNELS = codes(SURVEY_CHANNELS);
const YEAR: SatisfactionReportFilter = { from: '2025-11-21', to: '2026-11-20' };
const months = shanghaiMonthIndex(YEAR.from, YEAR.to);
const monthOf = (r: ResponseRecord) => months.indexOf(Date.parse(r.submittedAt));
const keys = dimensionKeys(indexTemplates(input.templates));

/** The cache's parts for some responses, with the months it computed (by index). */
function partsOf(cache: MonthPartsCache, responses: readonly ResponseRecord[], templates = input.templates) {
  const computed: number[] = [];
  const scorer = new ResponseScorer(templates, keys);
  const parts = cache.parts('year', templates, responses, monthOf, months.months.length, (rows) => {
    computed.push(rows.length === 0 ? -1 : monthOf(rows[0]));
    return monthPart(rows, scorer, keys.length);
  });
  return { parts, computed: computed.filter((m) => m >= 0).sort((a, b) => a - b) };
}

const inYear = input.responses.filter((r) => monthOf(r) >= 0);
const monthAt = (iso: string) => months.indexOf(Date.parse(iso));
const withComment = (r: ResponseRecord, comment: string): ResponseRecord => ({ ...r, comment });
const valid = (p: MonthPart) => p.overall.result([], []).valid;

describe('month parts: only what changed is computed again', () => {
  it('computes every month first, then none for the same objects in a new list', () => {
    const cache = new MonthPartsCache();
    const first = partsOf(cache, inYear);
    const monthsWithResponses = new Set(inYear.map(monthOf));
    expect(first.computed).toStrictEqual([...monthsWithResponses].sort((a, b) => a - b));
    const again = partsOf(cache, [...inYear]);
    expect(again.computed).toStrictEqual([]);
    expect(again.parts).toStrictEqual(first.parts);
    for (let m = 0; m < first.parts.length; m++) expect(again.parts[m]).toBe(first.parts[m]);
  });

  it('computes the month of a corrected, an added and a removed response, and that month only', () => {
    const cache = new MonthPartsCache();
    partsOf(cache, inYear);

    const at = inYear.findIndex((r) => r.submittedAt.startsWith('2026-03-1'));
    const corrected = inYear.with(at, withComment(inYear[at], 'corrected'));
    expect(partsOf(cache, corrected).computed).toStrictEqual([monthAt(inYear[at].submittedAt)]);

    const last = inYear[inYear.length - 1];
    const added = [...corrected, { ...last, id: last.id + 1000, submittedAt: '2026-11-10T02:00:00.000Z' }];
    const november = partsOf(cache, added);
    expect(november.computed).toStrictEqual([monthAt('2026-11-10T02:00:00.000Z')]);

    const gone = inYear.findIndex((r) => r.submittedAt.startsWith('2026-01-2'));
    const removed = added.toSpliced(gone, 1);
    const january = partsOf(cache, removed);
    expect(january.computed).toStrictEqual([monthAt(inYear[gone].submittedAt)]);
    const m = monthAt(inYear[gone].submittedAt);
    expect(january.parts[m].overall.result([], []).responses).toBe(
      november.parts[m].overall.result([], []).responses - 1,
    );
  });

  it('computes every month again when the templates are other objects, even with the same content', () => {
    const cache = new MonthPartsCache();
    const first = partsOf(cache, inYear);
    const copied = input.templates.map((t) => ({ ...t }));
    const again = partsOf(cache, inYear, copied);
    expect(again.computed).toStrictEqual(first.computed);
    expect(again.parts.map(valid)).toStrictEqual(first.parts.map(valid));
  });
});

describe('satisfaction report with the cache: the report without it, whatever changed', () => {
  it('for the year, another period, a branch and a channel, run after run', () => {
    const cache = new MonthPartsCache(2);
    const first = inYear.find((r) => r.staffId != null && r.serviceItemId != null)!;
    // Each criterion between two runs of the whole year: a run must not take another's months.
    const filters: SatisfactionReportFilter[] = [
      YEAR,
      { from: '2026-03-15', to: '2026-05-10' },
      YEAR,
      { ...YEAR, branchIds: [first.branchId] },
      YEAR,
      { ...YEAR, channel: first.channel },
      YEAR,
      { ...YEAR, staffId: first.staffId! },
      YEAR,
      { ...YEAR, serviceItemId: first.serviceItemId! },
    ];
    for (const round of [1, 2])
      for (const f of filters)
        expect(satisfactionReport(input, f, CHANNELS, cache), `${round} ${JSON.stringify(f)}`).toStrictEqual(
          satisfactionReport(input, f, CHANNELS),
        );
  });

  it('after a template’s content changed (another object): its new figures, not the remembered', () => {
    const cache = new MonthPartsCache();
    const before = satisfactionReport(input, YEAR, CHANNELS, cache);
    const [first, ...rest] = input.templates;
    // The first dimension weighs ten times as much: every overall rating moves.
    const [heavy, ...others] = first.dimensions;
    const dimensions = [{ ...heavy, weight: heavy.weight * 10 }, ...others];
    const reweighted = { ...input, templates: [{ ...first, dimensions }, ...rest] };
    const after = satisfactionReport(reweighted, YEAR, CHANNELS, cache);
    expect(after).toStrictEqual(satisfactionReport(reweighted, YEAR, CHANNELS));
    expect(after.overall.composite).not.toBe(before.overall.composite);
  });

  it('at a month’s edges: the first or last response of a month removed, replaced or moved', () => {
    const cache = new MonthPartsCache();
    const responses = [...input.responses];
    satisfactionReport({ ...input, responses }, YEAR, CHANNELS, cache);
    const edges = responses.flatMap((r, i) =>
      i > 0 && monthOf(responses[i - 1]) !== monthOf(r) && monthOf(r) >= 0 ? [i - 1, i] : [],
    );
    expect(edges.length).toBeGreaterThan(10);
    for (const [n, at] of edges.slice(0, 12).entries()) {
      const next = [...responses];
      if (n % 3 === 0) next.splice(at, 1);
      else if (n % 3 === 1) next[at] = { ...next[at], comment: 'edited' };
      else next[at] = { ...next[at], submittedAt: '2026-06-15T02:00:00.000Z' };
      const given = { ...input, responses: next };
      expect(satisfactionReport(given, YEAR, CHANNELS, cache)).toStrictEqual(
        satisfactionReport(given, YEAR, CHANNELS),
      );
    }
  });

  it('after random corrections, moves to another month, additions, removals and swaps', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('correct' as const),
        at: fc.nat(),
        score: fc.integer({ min: 1, max: 5 }),
      }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), day: fc.integer({ min: 0, max: 360 }) }),
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(), day: fc.integer({ min: 0, max: 360 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
    );
    // In time order neighbours share a month, which hides a wrong step of the walk; also in an
    // order where they seldom do (by day of the month).
    const byDayOfMonth = [...input.responses].sort(
      (a, b) => a.submittedAt.slice(8).localeCompare(b.submittedAt.slice(8)) || a.id - b.id,
    );
    const order = fc.constantFrom(input.responses, byDayOfMonth);
    fc.assert(
      fc.property(
        order,
        fc.array(fc.array(edit, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        (start, rounds) => {
          const cache = new MonthPartsCache();
          let responses = [...start];
          satisfactionReport({ ...input, responses }, YEAR, CHANNELS, cache);
          let nextId = Math.max(...responses.map((r) => r.id)) + 1;
          for (const edits of rounds) {
            responses = [...responses];
            for (const e of edits) {
              const at = e.at % responses.length;
              const r = responses[at];
              const dayOf = (day: number) =>
                new Date(Date.parse('2025-11-21T04:00:00.000Z') + day * 86_400_000);
              if (e.kind === 'correct')
                responses[at] = { ...r, scores: { ...(r.scores ?? {}), [keys[0]]: e.score } };
              else if (e.kind === 'move') responses[at] = { ...r, submittedAt: dayOf(e.day).toISOString() };
              else if (e.kind === 'add')
                responses.splice(at, 0, { ...r, id: nextId++, submittedAt: dayOf(e.day).toISOString() });
              else if (e.kind === 'remove') responses.splice(at, 1);
              else {
                const to = e.to % responses.length;
                [responses[at], responses[to]] = [responses[to], responses[at]];
              }
            }
            const given = { ...input, responses };
            expect(satisfactionReport(given, YEAR, CHANNELS, cache)).toStrictEqual(
              satisfactionReport(given, YEAR, CHANNELS),
            );
          }
        },
      ),
      { numRuns: 40, seed: 20261130 },
    );
  });
});

describe('the report definition', () => {
  it('keeps its month parts in the memory a source offers, and asks for none without one', async () => {
    const tables = demoData();
    const source = tableRecordSource((name) => tables[name] ?? []);
    const kept = new Map<string, unknown>();
    const memory: ReportMemory = {
      of: <T>(name: string, create: () => T) => {
        if (!kept.has(name)) kept.set(name, create());
        return kept.get(name) as T;
      },
    };
    const params = parseReportParams(YEAR, 'zh', new Date());
    if (!params.ok) throw new Error(JSON.stringify(params.errors));
    const plain = await runReport(satisfactionReportDefinition, source, params.params, 'zh');
    const remembered = await runReport(
      satisfactionReportDefinition,
      { ...source, memory },
      params.params,
      'zh',
    );
    expect([...kept.keys()]).toStrictEqual(['satisfaction.monthParts']);
    expect(kept.get('satisfaction.monthParts')).toBeInstanceOf(MonthPartsCache);
    expect(remembered.result).toStrictEqual(plain.result);
  });
});
