// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeProvider, renderApp, showTables } from './harness';
import { placeServerErrors } from '../../src/crud/pages/serverErrors';
import { nextSorters, type AntdSorter } from '../../src/crud/pages/sorting';
import { initialValues, toSubmission } from '../../src/crud/pages/submission';
import { fieldText } from '../../src/crud/widgets/registry';
import type { FieldDef } from '../../src/schema/fields';
import { defineResource } from '../../src/schema/resource';

/** The form item (label, control, messages) around a control. */
const itemOf = (el: HTMLElement) => el.closest('.ant-form-item') as HTMLElement;

const save = () => fireEvent.click(screen.getByRole('button', { name: /save|保\s*存/i }));

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('GenericCreate', () => {
  it('shows required errors from the declaration without calling create', async () => {
    const { provider, of } = fakeProvider({});
    renderApp('/things/create', provider);
    await screen.findByLabelText('编码');
    save();
    // Query afresh (a mount-time resetFields may replace the first controls); the list starts
    // with one row, whose required cells are checked too.
    const errorOf = (label: string) => within(itemOf(screen.getByLabelText(label))).queryByText('必填');
    await waitFor(() =>
      expect(['编码', '名称', '数量'].map((l) => errorOf(l) !== null)).toEqual([true, true, true]),
    );
    expect(of('create')).toHaveLength(0);
  });

  it('submits the normalised values of every writable field, defaults included', async () => {
    const { provider, of } = fakeProvider({});
    renderApp('/things/create', provider);
    await screen.findByLabelText('编码');
    type('编码', '  AB01 ');
    type('名称', '测试');
    type('价格', '12.5');
    type('比例', '7.5');
    type('数量', '2');
    type('单价', '3.5');
    save();
    await waitFor(() => expect(of('create')).toHaveLength(1));
    expect(of('create')[0].params).toMatchObject({
      resource: 'things',
      variables: {
        code: 'AB01',
        name: '测试',
        status: 'open',
        price: 12.5,
        rate: 0.075,
        branchId: null,
        ownerId: null,
        active: true,
        signedOn: null,
        doneAt: null,
        lines: [{ qty: 2, unitPrice: 3.5 }],
      },
    });
    expect(Object.keys(of('create')[0].params.variables as object)).not.toContain('createdAt');
  });

  it("puts a 400's field errors on the fields, nested rows included, and keeps what was typed", async () => {
    const { provider } = fakeProvider(
      {},
      {
        create: async () => {
          throw {
            statusCode: 400,
            message: '输入有误，请检查标出的字段',
            errors: { code: '已被其他记录使用', 'lines.0.unitPrice': '不能小于 0', createdAt: '由系统填写' },
          };
        },
      },
    );
    renderApp('/things/create', provider);
    await screen.findByLabelText('编码');
    type('编码', 'AB01');
    type('名称', '测试');
    type('数量', '2');
    type('单价', '3.5');
    save();
    // Each field shows its error when its own item re-renders: wait for both (a row's field can
    // come a tick after the top-level one on a loaded machine).
    await waitFor(() => {
      expect(within(itemOf(screen.getByLabelText('编码'))).getByText('已被其他记录使用')).toBeTruthy();
      expect(within(itemOf(screen.getByLabelText('单价'))).getByText('不能小于 0')).toBeTruthy();
    });
    const code = screen.getByLabelText('编码') as HTMLInputElement;
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('输入有误，请检查标出的字段')).toBeTruthy();
    expect(within(alert).getByText('创建时间: 由系统填写')).toBeTruthy();
    expect(code.value).toBe('AB01');
    expect((screen.getByLabelText('单价') as HTMLInputElement).value).toBe('3.50');
  });
});

describe('GenericEdit', () => {
  it('loads the record into the controls and sends only what changed', async () => {
    const { provider, of } = fakeProvider(showTables());
    renderApp('/things/edit/11', provider);
    // The controls are remounted when the record arrives (antd's resetFields): query afresh.
    const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
    await waitFor(() => expect(input('名称').value).toBe('甲'));
    const name = input('名称');
    expect((screen.getByLabelText('比例') as HTMLInputElement).value).toBe('12.50');
    expect((screen.getByLabelText('价格') as HTMLInputElement).value).toBe('1234.50');
    expect(screen.getAllByLabelText('数量')).toHaveLength(2);
    fireEvent.change(name, { target: { value: '甲二' } });
    fireEvent.click(screen.getAllByLabelText('删除第 2 行')[0]);
    fireEvent.click(screen.getByRole('button', { name: /save|保\s*存/i }));
    await waitFor(() => expect(of('update')).toHaveLength(1));
    expect(of('update')[0].params).toMatchObject({
      resource: 'things',
      id: '11',
      variables: { name: '甲二', lines: [{ qty: 2, unitPrice: 3.5 }] },
    });
    expect(Object.keys(of('update')[0].params.variables as object).sort()).toEqual(['lines', 'name']);
  });

  it('shows a list-level server error on the list', async () => {
    const { provider } = fakeProvider(showTables(), {
      update: async () => {
        throw {
          statusCode: 400,
          message: '输入有误',
          errors: { lines: '至少需要 1 项', 'lines.0.bogus': '未知字段' },
        };
      },
    });
    renderApp('/things/edit/11', provider);
    const input = () => screen.getByLabelText('名称') as HTMLInputElement;
    await waitFor(() => expect(input().value).toBe('甲'));
    const name = input();
    fireEvent.change(name, { target: { value: '甲三' } });
    fireEvent.click(screen.getByRole('button', { name: /save|保\s*存/i }));
    expect(await screen.findByText('至少需要 1 项')).toBeTruthy();
    expect(screen.getByText('0.bogus: 未知字段')).toBeTruthy();
    expect(name.value).toBe('甲三');
  });
});

describe('nested field types in forms', () => {
  it('sets an optional object by its switch and a score map by rows', async () => {
    const { provider, of } = fakeProvider({});
    renderApp('/rules/create', provider);
    await screen.findByLabelText('名称');
    fireEvent.change(input('名称'), { target: { value: '迟到' } });
    expect(screen.queryByLabelText('次数')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: '加重: 填写' }));
    fireEvent.change(await screen.findByLabelText('次数'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: /添加评分项/ }));
    fireEvent.change(input('项目 1'), { target: { value: 'quality' } });
    fireEvent.change(input('分数 quality'), { target: { value: '4' } });
    save();
    await waitFor(() => expect(of('create')).toHaveLength(1));
    expect(of('create')[0].params.variables).toEqual({
      name: '迟到',
      escalation: { threshold: 3, points: null },
      scores: { quality: 4 },
      startsAt: null,
      month: null,
      branchIds: null,
    });
  });

  it('checks a required sub-field of an object that is switched on', async () => {
    const { provider, of } = fakeProvider({});
    renderApp('/rules/create', provider);
    await screen.findByLabelText('名称');
    fireEvent.change(input('名称'), { target: { value: '迟到' } });
    fireEvent.click(screen.getByRole('switch', { name: '加重: 填写' }));
    await screen.findByLabelText('次数');
    save();
    await waitFor(() =>
      expect(within(input('次数').closest('.ant-form-item') as HTMLElement).getByText('必填')).toBeTruthy(),
    );
    expect(of('create')).toHaveLength(0);
  });

  it('shows a stored instant in Shanghai time and names the referenced records', async () => {
    const { provider } = fakeProvider({
      rules: [
        {
          id: 3,
          name: '迟到',
          escalation: null,
          scores: { quality: 5 },
          startsAt: '2026-10-31T16:30:00.000Z',
          month: '2026-11',
          branchIds: [2],
        },
      ],
      branches: [{ id: 2, name: '上海二院' }],
    });
    renderApp('/rules/edit/3', provider);
    await waitFor(() => expect(input('开始时间').value).toBe('2026-11-01 00:30'));
    expect(input('月份').value).toBe('2026-11');
    expect(input('项目 1').value).toBe('quality');
    expect(await screen.findByText('上海二院')).toBeTruthy();
    expect(screen.getByRole('switch', { name: '加重: 填写' }).getAttribute('aria-checked')).toBe('false');
  });
});

const L = { zh: '字段', en: 'Field' };

const rules = defineResource({
  name: 'rules',
  label: L,
  group: 'appraisal',
  icon: 'OrderedListOutlined',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    { name: 'at', type: 'datetime', label: { zh: '时间', en: 'At' } },
    {
      name: 'escalation',
      type: 'object',
      label: { zh: '加重', en: 'Escalation' },
      fields: [
        { name: 'threshold', type: 'integer', label: { zh: '次数', en: 'Threshold' }, required: true },
      ],
    },
    { name: 'scores', type: 'scoreMap', label: { zh: '评分', en: 'Scores' }, integer: true },
    {
      name: 'lines',
      type: 'objectList',
      label: { zh: '明细', en: 'Lines' },
      required: true,
      fields: [{ name: 'qty', type: 'integer', label: { zh: '数量', en: 'Qty' }, required: true }],
    },
    {
      name: 'tags',
      type: 'enumList',
      label: L,
      options: [{ value: 'a', label: { zh: '甲', en: 'A' } }],
      default: [],
    },
    { name: 'no', type: 'text', label: { zh: '编号', en: 'No.' }, readOnly: true },
  ],
});

describe('server field errors → form fields', () => {
  const registered = [
    ['name'],
    ['at'],
    ['escalation', 'threshold'],
    ['scores'],
    ['lines'],
    ['lines', 0, 'qty'],
  ];

  it('places nested paths, map keys and the rest', () => {
    const placed = placeServerErrors(
      rules.fields,
      {
        name: '必填',
        'lines.0.qty': ['应为整数'],
        'escalation.threshold': '必填',
        'scores.quality': '不能大于 5',
        'lines.1.qty': '必填',
        no: '由系统填写',
        _body: '请求体应为 JSON 对象',
      },
      registered,
      'zh',
    );
    expect(placed.fields).toEqual([
      { name: ['name'], errors: ['必填'] },
      { name: ['lines', 0, 'qty'], errors: ['应为整数'] },
      { name: ['escalation', 'threshold'], errors: ['必填'] },
      { name: ['scores'], errors: ['quality: 不能大于 5'] },
      { name: ['lines'], errors: ['1.qty: 必填'] },
    ]);
    expect(placed.unplaced).toEqual(['编号: 由系统填写', '_body: 请求体应为 JSON 对象']);
  });
});

describe('form values → request body', () => {
  it('starts a new record from the defaults and each type’s blank', () => {
    expect(initialValues(rules)).toEqual({ escalation: null, lines: [{}], tags: [] });
  });

  it('sends stored forms: trimmed text, canonical instants, null for blanks and closed objects', () => {
    const body = toSubmission(rules, {
      name: ' 规则 ',
      at: '2026-11-03T09:30:00+08:00',
      escalation: null,
      scores: { quality: 4 },
      lines: [{ qty: 2, extra: 'dropped' }],
      tags: ['a'],
      no: 'ignored',
      id: 5,
    });
    expect(body).toEqual({
      name: '规则',
      at: '2026-11-03T01:30:00.000Z',
      escalation: null,
      scores: { quality: 4 },
      lines: [{ qty: 2 }],
      tags: ['a'],
    });
  });

  it('sends only the changed fields of an edit', () => {
    const loaded = {
      id: 5,
      name: '规则',
      at: '2026-11-03T01:30:00.000Z',
      lines: [{ qty: 2 }],
      tags: [],
      no: 'R1',
    };
    expect(toSubmission(rules, { ...loaded, name: '规则二' }, loaded)).toEqual({ name: '规则二' });
  });
});

describe('multi-column sort by click order', () => {
  const s = (field: string, order: 'ascend' | 'descend' | null) =>
    ({ field, columnKey: field, order }) as AntdSorter;

  it('keeps the rank of sorted columns and appends new ones', () => {
    expect(
      nextSorters([{ field: 'code', order: 'asc' }], [
        s('code', 'ascend'),
        s('name', 'descend'),
      ] as AntdSorter),
    ).toEqual([
      { field: 'code', order: 'asc' },
      { field: 'name', order: 'desc' },
    ]);
    expect(
      nextSorters(
        [
          { field: 'code', order: 'asc' },
          { field: 'name', order: 'desc' },
        ],
        [s('name', 'ascend'), s('code', 'descend')] as AntdSorter,
      ),
    ).toEqual([
      { field: 'code', order: 'desc' },
      { field: 'name', order: 'asc' },
    ]);
    expect(nextSorters([{ field: 'code', order: 'asc' }], s('code', null))).toEqual([]);
  });

  it('keeps, in its rank, the sort of a field whose column is not shown (a page turned)', () => {
    const prev = [
      { field: 'receivedAt', order: 'desc' },
      { field: 'code', order: 'asc' },
    ] as const;
    // antd reports only the shown column's sort: the hidden one stays, nothing changed.
    expect(nextSorters([...prev], [s('code', 'ascend')] as AntdSorter, new Set(['code', 'name']))).toEqual(
      prev,
    );
    // A click on a shown column changes it and adds after the kept ones.
    expect(
      nextSorters(
        [...prev],
        [s('code', 'descend'), s('name', 'ascend')] as AntdSorter,
        new Set(['code', 'name']),
      ),
    ).toEqual([
      { field: 'receivedAt', order: 'desc' },
      { field: 'code', order: 'desc' },
      { field: 'name', order: 'asc' },
    ]);
    // Without the shown columns, as before: the hidden sort drops out.
    expect(nextSorters([...prev], [s('code', 'ascend')] as AntdSorter)).toEqual([
      { field: 'code', order: 'asc' },
    ]);
  });
});

describe('plain-text values', () => {
  const f = (def: Partial<FieldDef> & Pick<FieldDef, 'type'>) =>
    ({ name: 'x', label: L, ...def }) as FieldDef;
  it('formats by type', () => {
    expect(fieldText(f({ type: 'money' }), -5, 'zh')).toBe('-¥5.00');
    expect(fieldText(f({ type: 'money' }), 1234567.891, 'zh')).toBe('¥1,234,567.89');
    expect(fieldText(f({ type: 'percent' }), 0.0712, 'zh')).toBe('7.12%');
    expect(fieldText(f({ type: 'integer' }), 2026, 'zh')).toBe('2026');
    expect(fieldText(f({ type: 'datetime' }), '2026-10-31T16:00:00.000Z', 'zh')).toBe('2026-11-01 00:00');
    expect(fieldText(f({ type: 'datetime' }), 'not a time', 'zh')).toBe('not a time');
    expect(fieldText(f({ type: 'boolean' }), false, 'en')).toBe('No');
    expect(
      fieldText(
        f({
          type: 'enumList',
          options: [
            { value: 'a', label: { zh: '甲', en: 'A' } },
            { value: 'b', label: { zh: '乙', en: 'B' } },
          ],
        }),
        ['a', 'b'],
        'zh',
      ),
    ).toBe('甲、乙');
    expect(fieldText(f({ type: 'scoreMap' }), { quality: 5, attitude: 4 }, 'zh')).toBe(
      'quality 5 · attitude 4',
    );
  });
});
