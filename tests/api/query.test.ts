import { describe, expect, it } from 'vitest';
import { ApiError } from '../../mock-api/errors';
import { checkListQuery } from '../../mock-api/query';
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
    { name: 'secretHash', type: 'text', label: { zh: '密钥', en: 'Secret' }, secret: true },
  ],
});

const rows = [{ id: 1, name: 'a', tags: ['vip', 'new'], month: '2026-10', secretHash: 'x' }];
const check = (query: Record<string, unknown>) => checkListQuery(tagged, query, 'en', rows);

function status(query: Record<string, unknown>): number {
  try {
    check(query);
    return 200;
  } catch (error) {
    return error instanceof ApiError ? error.status : 500;
  }
}

describe('checkListQuery', () => {
  it('turns membership in an enum list into a whole-item match', () => {
    const { query } = check({ tags: ['vip', 'new'] });
    const pattern = new RegExp(query.tags_like as string, 'i');
    expect(pattern.test('vip,new')).toBe(true);
    expect(pattern.test('new')).toBe(true);
    expect(pattern.test('vipx,renew')).toBe(false);
    expect(pattern.test('')).toBe(false);
    expect(status({ tags: 'gold' })).toBe(400);
  });

  it('checks months and hides secret fields from filters and sorting', () => {
    expect(check({ month_gte: '2026-01' }).query).toEqual({ month_gte: '2026-01' });
    expect(status({ month_gte: '2026-13' })).toBe(400);
    expect(status({ secretHash: 'x' })).toBe(400);
    expect(status({ secretHash_like: 'x' })).toBe(400);
    expect(status({ _sort: 'secretHash' })).toBe(400);
  });

  it('escapes every _like value, reading backslashes as "next character is literal"', () => {
    expect(check({ name_like: 'a.b' }).query.name_like).toBe('a\\.b');
    expect(check({ name_like: 'a\\.b' }).query.name_like).toBe('a\\.b');
    expect(check({ name_like: '\\' }).query.name_like).toBe('\\\\');
  });

  it('adds id as the last sort key and spells out every order', () => {
    expect(check({ _sort: 'month,name', _order: 'DESC' }).query).toEqual({
      _sort: 'month,name,id',
      _order: 'desc,asc,asc',
    });
  });

  it('refuses values that are not strings (nested query syntax)', () => {
    expect(status({ name: { $ne: 'x' } })).toBe(400);
    expect(status({ name: ['a', { b: 1 }] })).toBe(400);
  });
});
