import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../src/schema/fields';
import { escapeLike, fromCrudFilters, toCrudFilters, unescapeLike } from '../../src/schema/filters';

const L = { zh: '字段', en: 'Field' };
const text: FieldDef = { name: 'name', type: 'text', label: L };
const money: FieldDef = { name: 'price', type: 'money', label: L };
const date: FieldDef = { name: 'signedOn', type: 'date', label: L };
const dt: FieldDef = { name: 'receivedAt', type: 'datetime', label: L };
const en: FieldDef = { name: 'status', type: 'enum', label: L, options: [{ value: 'a', label: L }] };
const bool: FieldDef = { name: 'active', type: 'boolean', label: L };
const ref: FieldDef = { name: 'branchId', type: 'reference', resource: 'branches', label: L };
const refs: FieldDef = { name: 'staffIds', type: 'referenceList', resource: 'employees', label: L };

describe('filter controls → refine filters (what simple-rest sends)', () => {
  it('text becomes an escaped contains (→ _like)', () => {
    expect(toCrudFilters(text, ' a(b).c* ')).toEqual([
      { field: 'name', operator: 'contains', value: 'a\\(b\\)\\.c\\*' },
    ]);
    expect(toCrudFilters(text, '  ')).toEqual([]);
  });

  it('number and date ranges become gte/lte, open ends omitted', () => {
    expect(toCrudFilters(money, [100, null])).toEqual([{ field: 'price', operator: 'gte', value: 100 }]);
    expect(toCrudFilters(money, [0, 50])).toEqual([
      { field: 'price', operator: 'gte', value: 0 },
      { field: 'price', operator: 'lte', value: 50 },
    ]);
    expect(toCrudFilters(date, ['2026-11-01', '2026-11-30'])).toEqual([
      { field: 'signedOn', operator: 'gte', value: '2026-11-01' },
      { field: 'signedOn', operator: 'lte', value: '2026-11-30' },
    ]);
  });

  it('datetime ranges are Shanghai days: 00:00 +08:00 to 23:59:59.999 +08:00, sent in UTC', () => {
    expect(toCrudFilters(dt, ['2026-11-01', '2026-11-30'])).toEqual([
      { field: 'receivedAt', operator: 'gte', value: '2026-10-31T16:00:00.000Z' },
      { field: 'receivedAt', operator: 'lte', value: '2026-11-30T15:59:59.999Z' },
    ]);
  });

  it('options and references become "in" (→ repeated keys); booleans and array membership equality', () => {
    expect(toCrudFilters(en, ['a', 'b'])).toEqual([{ field: 'status', operator: 'in', value: ['a', 'b'] }]);
    expect(toCrudFilters(en, [])).toEqual([]);
    expect(toCrudFilters(ref, [3, 4])).toEqual([{ field: 'branchId', operator: 'in', value: [3, 4] }]);
    expect(toCrudFilters(bool, false)).toEqual([{ field: 'active', operator: 'eq', value: 'false' }]);
    expect(toCrudFilters(refs, 7)).toEqual([{ field: 'staffIds', operator: 'eq', value: 7 }]);
  });

  it('reads the controls back from the filters (URL → controls)', () => {
    for (const [field, value] of [
      [text, 'a(b).c*'],
      [money, [100, 200]],
      [date, ['2026-11-01', null]],
      [dt, ['2026-11-01', '2026-11-30']],
      [en, ['a']],
      [bool, true],
      [ref, [3, 4]],
      [refs, 7],
    ] as const) {
      expect(fromCrudFilters(field, toCrudFilters(field, value as never))).toEqual(value);
    }
    expect(fromCrudFilters(text, [])).toBeUndefined();
  });

  it('escapeLike and unescapeLike are inverse', () => {
    const hostile = '(a+)+$\\[x]{2}|.?^/';
    expect(unescapeLike(escapeLike(hostile))).toBe(hostile);
    expect(() => new RegExp(escapeLike(hostile))).not.toThrow();
  });
});
