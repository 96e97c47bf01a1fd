import { describe, expect, it } from 'vitest';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportRecord } from '../../reports/core/types';

/**
 * A period's `field_gte` and `field_lte` are tested together in one pass (one read of the field):
 * the rows must be exactly those both bounds pass one at a time — text as text, numbers as
 * numbers, nothing for null or missing values — whatever the values' kinds.
 */

const values: unknown[] = [
  '2026-01-01T00:00:00.000Z',
  '2026-01-31T23:59:59.999Z',
  '2025-12-31T23:59:59.999Z',
  '2026-02-01T00:00:00.000Z',
  '2026-01-15',
  '2026-01-15T08:00:00+08:00',
  '',
  'x',
  5,
  10,
  15,
  -0,
  Number.NaN,
  '7',
  '12',
  true,
  null,
  undefined,
  ['2026-01-10T00:00:00.000Z'],
];
const rows: ReportRecord[] = values.map((at, i) => ({ id: i + 1, at }));
const rowsWithout: ReportRecord[] = [...rows, { id: values.length + 1 }];
const source = tableRecordSource(() => rowsWithout);
const ids = (list: ReportRecord[]) => list.map((r) => r.id);

async function expectBothBounds(low: string | number, high: string | number) {
  const both = await source.list('t', { at_gte: low, at_lte: high });
  const gte = new Set(ids(await source.list('t', { at_gte: low })));
  const lte = new Set(ids(await source.list('t', { at_lte: high })));
  expect(ids(both)).toEqual(ids(rowsWithout).filter((id) => gte.has(id) && lte.has(id)));
  return ids(both);
}

describe('table source: a range of one field', () => {
  it('instants and days as text', async () => {
    expect(await expectBothBounds('2026-01-01T00:00:00.000Z', '2026-01-31T23:59:59.999Z')).toEqual([
      1, 2, 5, 6, 19,
    ]);
    await expectBothBounds('2026-01-01', '2026-01-31');
    await expectBothBounds('2026-02-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
  });

  it('numbers as numbers, numeric text as text', async () => {
    expect(await expectBothBounds(5, 10)).toEqual([9, 10]);
    await expectBothBounds(-1, 100);
    await expectBothBounds('10', '7');
    await expectBothBounds(0, 0);
  });

  it('with other filters beside it', async () => {
    const both = await source.list('t', { at_gte: 5, at_lte: 15, id_ne: 10 });
    expect(ids(both)).toEqual([9, 11]);
  });
});
