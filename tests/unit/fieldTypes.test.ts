import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, fieldSchema, isEmptyValue, normaliseValue } from '../../src/schema/fieldTypes';
import type { FieldDef } from '../../src/schema/fields';

const L = { zh: '字段', en: 'Field' };
const ok = (field: FieldDef, value: unknown) => fieldSchema(field, 'en').safeParse(value).success;
const firstError = (field: FieldDef, value: unknown) => {
  const r = fieldSchema(field, 'en').safeParse(value);
  return r.success ? null : r.error.issues[0].message;
};

describe('field-type validators', () => {
  it('text: length, pattern, type', () => {
    const f: FieldDef = {
      name: 'code',
      type: 'text',
      label: L,
      maxLength: 4,
      pattern: { source: '^[A-Z]+$', message: { zh: '大写', en: 'Capitals only' } },
    };
    expect(ok(f, 'ABCD')).toBe(true);
    expect(firstError(f, 'ABCDE')).toBe('At most 4 characters');
    expect(firstError(f, 'ab')).toBe('Capitals only');
    expect(firstError(f, 12)).toBe('Must be text');
    expect(ok(f, null)).toBe(true); // optional
  });

  it('required refuses empty values with one clear message', () => {
    const f: FieldDef = { name: 'name', type: 'text', label: L, required: true };
    for (const empty of [undefined, null, '', '   ']) expect(firstError(f, empty)).toBe('Required');
    const list: FieldDef = { name: 'ids', type: 'referenceList', resource: 'x', label: L, required: true };
    expect(firstError(list, [])).toBe('Required');
  });

  it('integer, number, money, percent', () => {
    const int: FieldDef = { name: 'n', type: 'integer', label: L, min: 1, max: 10 };
    expect(ok(int, 3)).toBe(true);
    expect(firstError(int, 3.5)).toBe('Must be a whole number');
    expect(firstError(int, 0)).toBe('Must be at least 1');
    expect(firstError(int, 11)).toBe('Must be at most 10');
    expect(firstError(int, '3')).toBe('Must be a whole number');
    const money: FieldDef = { name: 'm', type: 'money', label: L, min: 0 };
    expect(ok(money, 1234.5)).toBe(true);
    expect(ok(money, 0.29)).toBe(true); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(firstError(money, 1.005)).toBe('At most 2 decimal place(s)');
    expect(firstError(money, -1)).toBe('Must be at least 0');
    expect(firstError(money, Number.NaN)).toBe('Must be a number');
    expect(firstError(money, Infinity)).toBe('Must be a number');
    const pct: FieldDef = { name: 'p', type: 'percent', label: L };
    expect(ok(pct, 0.125)).toBe(true);
    expect(firstError(pct, 1.2)).toBe('Must be at most 1');
    const num: FieldDef = { name: 'w', type: 'number', label: L, decimals: 1 };
    expect(firstError(num, 0.25)).toBe('At most 1 decimal place(s)');
  });

  it('date, datetime, month', () => {
    const d: FieldDef = { name: 'd', type: 'date', label: L };
    expect(ok(d, '2026-02-28')).toBe(true);
    expect(firstError(d, '2026-02-30')).toBe('Must be a date YYYY-MM-DD');
    const dt: FieldDef = { name: 't', type: 'datetime', label: L };
    expect(ok(dt, '2026-11-03T09:30:00+08:00')).toBe(true);
    expect(firstError(dt, '2026-11-03 09:30')).toMatch(/offset/);
    const m: FieldDef = { name: 'm', type: 'month', label: L };
    expect(ok(m, '2026-11')).toBe(true);
    expect(firstError(m, '2026-13')).toBe('Must be a month YYYY-MM');
  });

  it('enum, enumList, boolean, references', () => {
    const opts = [
      { value: 'a', label: L },
      { value: 'b', label: L },
    ];
    const e: FieldDef = { name: 'e', type: 'enum', label: L, options: opts };
    expect(ok(e, 'a')).toBe(true);
    expect(firstError(e, 'c')).toBe('Not a valid option: a, b');
    const el: FieldDef = { name: 'el', type: 'enumList', label: L, options: opts };
    expect(ok(el, ['a', 'b'])).toBe(true);
    expect(ok(el, ['a', 'z'])).toBe(false);
    const b: FieldDef = { name: 'b', type: 'boolean', label: L };
    expect(firstError(b, 'true')).toBe('Must be true or false');
    const r: FieldDef = { name: 'r', type: 'reference', resource: 'x', label: L };
    expect(ok(r, 7)).toBe(true);
    expect(firstError(r, 0)).toBe('Must be a record id');
    expect(firstError(r, '7')).toBe('Must be a record id');
    const rl: FieldDef = { name: 'rl', type: 'referenceList', resource: 'x', label: L };
    expect(ok(rl, [1, 2])).toBe(true);
    expect(firstError(rl, 5)).toBe('Must be a list');
  });

  it('object, objectList with unique keys, scoreMap', () => {
    const sub: FieldDef[] = [
      { name: 'key', type: 'text', label: L, required: true },
      { name: 'weight', type: 'number', label: L, min: 0 },
    ];
    const list: FieldDef = {
      name: 'dims',
      type: 'objectList',
      label: L,
      fields: sub,
      uniqueBy: 'key',
      minItems: 1,
    };
    expect(ok(list, [{ key: 'a', weight: 1 }])).toBe(true);
    expect(firstError(list, [])).toBe('At least 1 item(s) needed');
    const dup = fieldSchema(list, 'en').safeParse([{ key: 'a' }, { key: 'a' }]);
    expect(dup.success).toBe(false);
    expect(dup.error?.issues[0].path).toEqual([1, 'key']);
    const extra = fieldSchema(list, 'en').safeParse([{ key: 'a', bogus: 1 }]);
    expect(extra.error?.issues[0].code).toBe('unrecognized_keys');
    const obj: FieldDef = { name: 'esc', type: 'object', label: L, fields: sub };
    expect(ok(obj, null)).toBe(true);
    expect(ok(obj, { key: 'k', weight: 2 })).toBe(true);
    const scores: FieldDef = { name: 's', type: 'scoreMap', label: L, integer: true, min: 1, max: 5 };
    expect(ok(scores, { quality: 5, attitude: 4 })).toBe(true);
    expect(ok(scores, { quality: 6 })).toBe(false);
    expect(ok(scores, { quality: 4.5 })).toBe(false);
  });

  it('messages come in Chinese too', () => {
    const f: FieldDef = { name: 'n', type: 'integer', label: L, min: 1 };
    const r = fieldSchema(f, 'zh').safeParse(0);
    expect(r.error?.issues[0].message).toBe('不能小于 1');
  });
});

describe('field-type registry', () => {
  it('maps each type to its filter kind, sortability and Excel format', () => {
    expect(FIELD_TYPES.text.filter).toBe('text');
    expect(FIELD_TYPES.money).toMatchObject({
      filter: 'numberRange',
      excelFormat: '#,##0.00',
      numeric: true,
    });
    expect(FIELD_TYPES.percent.excelFormat).toBe('0.0%');
    expect(FIELD_TYPES.integer.excelFormat).toBe('0');
    expect(FIELD_TYPES.date).toMatchObject({ filter: 'dateRange', excelFormat: 'yyyy-mm-dd' });
    expect(FIELD_TYPES.datetime).toMatchObject({ filter: 'datetimeRange', excelFormat: 'yyyy-mm-dd hh:mm' });
    expect(FIELD_TYPES.month).toMatchObject({ filter: 'monthRange', excelFormat: 'yyyy-mm' });
    expect(FIELD_TYPES.enum.filter).toBe('options');
    expect(FIELD_TYPES.reference.filter).toBe('references');
    expect(FIELD_TYPES.referenceList.filter).toBe('contains');
    expect(FIELD_TYPES.objectList.filter).toBeNull();
    expect(FIELD_TYPES.longText.sortable).toBe(false);
  });

  it('normalises stored values', () => {
    expect(normaliseValue({ name: 't', type: 'datetime', label: L }, '2026-11-03T09:30:00+08:00')).toBe(
      '2026-11-03T01:30:00.000Z',
    );
    expect(normaliseValue({ name: 's', type: 'text', label: L }, '  张三 ')).toBe('张三');
    expect(normaliseValue({ name: 's', type: 'text', label: L }, undefined)).toBeNull();
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(false)).toBe(false);
  });
});
