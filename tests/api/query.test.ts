import { describe, expect, it } from 'vitest';
import { ApiError } from '../../mock-api/errors';
import { checkListQuery, type ListFilter } from '../../mock-api/query';
import { defineResource } from '../../src/schema/resource';

/** The query check on its own, for field types no resource declares yet. */
const tagged = defineResource({
  name: 'tagged',
  label: { zh: '标签', en: 'Tagged' },
  group: 'system',
  icon: 'TagOutlined',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' } },
    {
      name: 'tags',
      type: 'enumList',
      label: { zh: '标签', en: 'Tags' },
      options: [
        { value: 'vip', label: { zh: '贵宾', en: 'VIP' } },
        { value: 'new', label: { zh: '新客', en: 'New' } },
      ],
    },
    { name: 'month', type: 'month', label: { zh: '月份', en: 'Month' } },
    { name: 'size', type: 'number', label: { zh: '大小', en: 'Size' } },
    { name: 'secretHash', type: 'text', label: { zh: '密钥', en: 'Secret' }, secret: true },
  ],
});

const check = (query: Record<string, unknown>) => checkListQuery(tagged, query, 'en');

function status(query: Record<string, unknown>): number {
  try {
    check(query);
    return 200;
  } catch (error) {
    return error instanceof ApiError ? error.status : 500;
  }
}

function only(query: Record<string, unknown>): ListFilter {
  const { filters } = check(query);
  expect(filters).toHaveLength(1);
  return filters[0];
}

function patterns(filter: ListFilter): RegExp[] {
  if (filter.op !== 'like') throw new Error(`not a pattern filter: ${filter.op}`);
  return filter.patterns;
}

describe('checkListQuery', () => {
  it('turns membership in an enum list into a whole-item match', () => {
    const [pattern] = patterns(only({ tags: ['vip', 'new'] }));
    expect(pattern.test('vip,new')).toBe(true);
    expect(pattern.test('new')).toBe(true);
    expect(pattern.test('vipx,renew')).toBe(false);
    expect(pattern.test('')).toBe(false);
    expect(status({ tags: 'gold' })).toBe(400);
  });

  it('checks months and hides secret fields from filters and sorting', () => {
    expect(check({ month_gte: '2026-01' }).filters).toEqual([
      { op: 'gte', field: 'month', value: '2026-01' },
    ]);
    expect(status({ month_gte: '2026-13' })).toBe(400);
    expect(status({ secretHash: 'x' })).toBe(400);
    expect(status({ secretHash_like: 'x' })).toBe(400);
    expect(status({ _sort: 'secretHash' })).toBe(400);
  });

  it('writes numbers in their shortest form, and repeated keys as "any of"', () => {
    expect(only({ size: '0680.50' })).toEqual({ op: 'eq', field: 'size', values: ['680.5'] });
    expect(only({ size_ne: ['1', '2e1'] })).toEqual({ op: 'ne', field: 'size', values: ['1', '20'] });
  });

  it('escapes every _like value, reading backslashes as "next character is literal"', () => {
    const source = (value: string) => patterns(only({ name_like: value }))[0].source;
    expect(source('a.b')).toBe('a\\.b');
    expect(source('a\\.b')).toBe('a\\.b');
    expect(source('\\')).toBe('\\\\');
    expect(patterns(only({ name_like: 'A.b' }))[0].test('xa.BX')).toBe(true);
    expect(patterns(only({ name_like: 'A.b' }))[0].test('axb')).toBe(false);
  });

  it('adds id as the last sort key and spells out every order', () => {
    expect(check({ _sort: 'month,name', _order: 'DESC' }).sort).toEqual([
      { field: 'month', desc: true },
      { field: 'name', desc: false },
      { field: 'id', desc: false },
    ]);
    expect(check({ _sort: 'id', _order: 'desc' }).sort).toEqual([{ field: 'id', desc: true }]);
    expect(check({}).sort).toBeNull();
  });

  it('reads paging as json-server did: _page first, then _end, then _limit; _start alone to the end', () => {
    expect(check({ _page: '3', _limit: '5', _start: '7' }).paging).toEqual({
      kind: 'page',
      page: 3,
      limit: 5,
    });
    expect(check({ _page: '2', _limit: '0' }).paging).toEqual({ kind: 'page', page: 2, limit: 10 });
    expect(check({ _start: '4', _end: '9', _limit: '2' }).paging).toEqual({
      kind: 'slice',
      start: 4,
      end: 9,
    });
    expect(check({ _start: '4', _limit: '2' }).paging).toEqual({ kind: 'slice', start: 4, end: 6 });
    expect(check({ _limit: '3' }).paging).toEqual({ kind: 'slice', start: 0, end: 3 });
    expect(check({ _start: '4' }).paging).toEqual({ kind: 'slice', start: 4, end: Infinity });
    expect(check({}).paging).toBeNull();
  });

  it('lower-cases the search and keys the same question alike, whatever its paging or key order', () => {
    const a = check({ q: 'AbC', name_like: 'x', month: '2026-01', _start: '0', _end: '20' });
    const b = check({ month: '2026-01', name_like: 'x', q: 'AbC', _page: '4' });
    expect(a.search).toBe('abc');
    expect(a.key).toBe(b.key);
    expect(check({ month: '2026-02' }).key).not.toBe(check({ month: '2026-01' }).key);
    expect(check({ month_ne: '2026-01' }).key).not.toBe(check({ month: '2026-01' }).key);
  });

  it('refuses values that are not strings (nested query syntax)', () => {
    expect(status({ name: { $ne: 'x' } })).toBe(400);
    expect(status({ name: ['a', { b: 1 }] })).toBe(400);
  });
});
