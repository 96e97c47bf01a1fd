import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tableRecordSource } from '../../reports/core/sources/table';
import { parseReportParams } from '../../reports/core/params';
import { runReport } from '../../reports/core/run';
import type { ReportRecord } from '../../reports/core/types';
import { satisfactionReportDefinition } from '../../reports/satisfaction';
import type { SatisfactionReport } from '../../src/domain/satisfaction';
import { MonthPartsCache } from '../../src/domain/satisfaction/monthParts';
import { demoState } from './demoDb';
import { call, get, startApi, type RunningApi } from './harness';

/**
 * The satisfaction route remembers its months' totals between requests (`MonthPartsCache`, over
 * the store's live records): after writes, its answer must be the report computed afresh from
 * the records then stored, as the CLI computes it from a file. The stored survey records are
 * frozen, so a write that changed one in place would fail here.
 */

const PERIOD = { from: '2025-11-21', to: '2026-11-20' };
const query = `/reports/satisfaction?from=${PERIOD.from}&to=${PERIOD.to}`;

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ state: demoState() });
  // The route remembers work by record identity, trusting that a write replaces a stored record
  // and never changes it: frozen, a record changed in place would fail the write (strict mode).
  const stored = api.db.getState() as unknown as Record<string, object[]>;
  for (const table of ['survey-responses', 'survey-templates'])
    for (const row of stored[table]) deepFreeze(row);
});

function deepFreeze(value: object): void {
  for (const inner of Object.values(value))
    if (inner !== null && typeof inner === 'object') deepFreeze(inner);
  Object.freeze(value);
}
afterAll(() => api.close());

/** The report over the records stored now, computed without the route or its memory. */
async function computedAfresh(): Promise<SatisfactionReport> {
  const tables = api.db.getState() as unknown as Record<string, ReportRecord[]>;
  const params = parseReportParams(PERIOD, 'zh', new Date());
  if (!params.ok) throw new Error(JSON.stringify(params.errors));
  const run = await runReport(
    satisfactionReportDefinition,
    tableRecordSource((name) => structuredClone(tables[name] ?? [])),
    params.params,
    'zh',
  );
  return JSON.parse(JSON.stringify(run.result)) as SatisfactionReport;
}

type Response = { id: number; submittedAt: string; scores: Record<string, number | null> };

describe('GET /api/reports/satisfaction after writes', () => {
  it('answers the figures of the records stored at each request', async () => {
    const before = await get<SatisfactionReport>(api, query);
    expect(before.status).toBe(200);
    expect(before.body).toEqual(await computedAfresh());

    // A response of the period rated 1 on every dimension: a new low score, a lower composite.
    const list = await get<Response[]>(
      api,
      `/survey-responses?submittedAt_gte=2026-03-01T00:00:00.000Z&valid=true&_start=0&_end=1`,
    );
    const target = list.body[0];
    const lowest = Object.fromEntries(Object.keys(target.scores).map((k) => [k, 1]));
    expect((await call(api, 'PATCH', `/survey-responses/${target.id}`, { scores: lowest })).status).toBe(200);
    const corrected = await get<SatisfactionReport>(api, query);
    expect(corrected.body).toEqual(await computedAfresh());
    expect(corrected.body.lowScores.map((l) => l.responseId)).toContain(target.id);
    expect(corrected.body.overall.composite).toBeLessThan(before.body.overall.composite ?? 0);

    // A response removed, another added in another month: each month follows.
    const other = (
      await get<Response[]>(api, `/survey-responses?submittedAt_gte=2026-06-01T00:00:00.000Z&_start=0&_end=1`)
    ).body[0];
    expect((await call(api, 'DELETE', `/survey-responses/${other.id}`)).status).toBe(200);
    const copy: Record<string, unknown> = { ...target };
    delete copy.id;
    delete copy.version;
    const created = await call(api, 'POST', '/survey-responses', {
      ...copy,
      submittedAt: '2026-11-02T03:00:00.000Z',
    });
    expect(created.status).toBe(201);
    const after = await get<SatisfactionReport>(api, query);
    expect(after.body).toEqual(await computedAfresh());
    expect(after.body.overall.responses).toBe(corrected.body.overall.responses);
  });

  it('computes again only the month a write changed: the route keeps its months in the store', async () => {
    // Counts the months the report computes, through the store's memory (the route's source).
    const parts = MonthPartsCache.prototype.parts;
    let computed = 0;
    const spy = vi.spyOn(MonthPartsCache.prototype, 'parts').mockImplementation(function (
      this: MonthPartsCache,
      key,
      templates,
      responses,
      monthOf,
      count,
      compute,
    ) {
      return parts.call(this, key, templates, responses, monthOf, count, (rows) => {
        computed++;
        return compute(rows);
      });
    });
    try {
      // A template renamed: every month is scored again — 13 (2025-11 to 2026-11).
      const template = (await get<{ id: number; name: string }[]>(api, '/survey-templates?_start=0&_end=1'))
        .body[0];
      const renamed = await call(api, 'PATCH', `/survey-templates/${template.id}`, {
        name: `${template.name}·`,
      });
      expect(renamed.status).toBe(200);
      expect((await get<SatisfactionReport>(api, query)).body).toEqual(await computedAfresh());
      expect(computed).toBe(13);

      // One response's comment corrected: its month alone.
      computed = 0;
      const one = (
        await get<Response[]>(
          api,
          `/survey-responses?submittedAt_gte=2026-05-01T00:00:00.000Z&_start=0&_end=1`,
        )
      ).body[0];
      expect((await call(api, 'PATCH', `/survey-responses/${one.id}`, { comment: 'corrected' })).status).toBe(
        200,
      );
      expect((await get<SatisfactionReport>(api, query)).body).toEqual(await computedAfresh());
      expect(computed).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
