// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { Refine, type AuthProvider, type DataProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access';
import { DEFAULT_SURVEY_TEMPLATE } from '../../src/domain/defaults';
import { ResponseCreate } from '../../src/features/satisfaction/responses/ResponseFormPage';
import { ResponseShow } from '../../src/features/satisfaction/responses/ResponseShow';
import { surveyResponses } from '../../src/resources/survey-responses';
import { fakeNotifications, fakeProvider } from './harness';

// One react-router instance for refine's bindings and this test (see harness.tsx).
const { MemoryRouter, Route, Routes } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

const TEMPLATES = [
  { id: 1, ...DEFAULT_SURVEY_TEMPLATE },
  {
    id: 2,
    name: '到店体验（10 分）',
    scale: 10,
    hasNps: false,
    active: true,
    dimensions: [
      { key: 'waiting', label: '等候时间', weight: 2, required: true },
      { key: 'comfort', label: '舒适度', weight: 1, required: false },
    ],
  },
  { id: 3, name: '旧版调查表', scale: 5, hasNps: false, active: false, dimensions: [] },
];

const TABLES = {
  'survey-templates': TEMPLATES,
  branches: [{ id: 1, code: 'BJ01', name: '北京一院' }],
  customers: [],
  employees: [],
  'service-items': [],
};

const auth = (role: Role): AuthProvider => ({
  login: async () => ({ success: true }),
  logout: async () => ({ success: true }),
  check: async () => ({ authenticated: true }),
  onError: async () => ({}),
  getIdentity: async () => ({ id: 1, name: 'x', role, branchIds: [1] }),
  getPermissions: async () => role,
});

function renderAt(path: string, provider: DataProvider, role: Role = 'cs_staff') {
  const notes = fakeNotifications();
  render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <Refine
          dataProvider={provider}
          routerProvider={routerProvider}
          authProvider={auth(role)}
          notificationProvider={notes.provider}
          resources={['survey-responses', 'survey-templates', 'branches', 'customers', 'employees'].map(
            (name) => ({
              name,
              list: `/${name}`,
              create: `/${name}/create`,
              edit: `/${name}/edit/:id`,
              show: `/${name}/show/:id`,
            }),
          )}
          options={{
            disableTelemetry: true,
            reactQuery: { clientConfig: { defaultOptions: { queries: { retry: false } } } },
          }}
        >
          <Routes>
            <Route path="/survey-responses/create" element={<ResponseCreate resource={surveyResponses} />} />
            <Route path="/survey-responses/show/:id" element={<ResponseShow resource={surveyResponses} />} />
            <Route path="*" element={null} />
          </Routes>
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
  return notes;
}

const group = (name: string) => screen.getByRole('group', { name });
const itemOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

// Full antd forms under jsdom on a shared machine: generous time, no timed assertions.
describe('response entry generated from the template', { timeout: 90_000 }, () => {
  it('rates each dimension of the default template with stars, asks the NPS, and sends only the answers', async () => {
    const { provider, of } = fakeProvider(TABLES);
    renderAt('/survey-responses/create', provider);
    // The first active template is chosen: four star rows, labelled at both ends, and the NPS row.
    await waitFor(() => expect(group('护理服务质量')).toBeTruthy());
    for (const label of ['服务态度', '环境设施', '产品效果']) {
      const row = group(label);
      expect(within(row).getAllByRole('radio')).toHaveLength(5);
      expect(within(row).getByText('非常不满意')).toBeTruthy();
      expect(within(row).getByText('非常满意')).toBeTruthy();
    }
    const nps = group('您有多大可能向亲友推荐我们？');
    expect(
      within(nps)
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

    const star = (label: string, n: number) =>
      fireEvent.click(within(group(label)).getAllByRole('radio')[n - 1]);
    star('护理服务质量', 5);
    star('服务态度', 4);
    star('环境设施', 2);
    await waitFor(() => expect(within(group('服务态度')).getByText('4 · 满意')).toBeTruthy());
    // "effect" left unanswered: saved all the same (the backend then marks it incomplete)
    fireEvent.click(within(nps).getByRole('radio', { name: '9' }));
    fireEvent.mouseDown(within(itemOf('调查方式')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('电话调查', { selector: '.ant-select-item-option-content' }));
    fireEvent.change(screen.getByLabelText('意见和建议'), { target: { value: '等候时间有点长' } });

    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(of('create')).toHaveLength(1));
    const sent = of('create')[0].params.variables as Record<string, unknown>;
    expect(sent).toMatchObject({
      templateId: 1,
      branchId: 1,
      channel: 'phone',
      scores: { quality: 5, attitude: 4, environment: 2 },
      nps: 9,
      comment: '等候时间有点长',
      customerId: null,
      staffId: null,
      serviceItemId: null,
    });
    expect(sent.scores).not.toHaveProperty('effect');
    expect(sent).not.toHaveProperty('valid');
    expect(sent).not.toHaveProperty('invalidReason');
    expect(typeof sent.submittedAt).toBe('string');
  });

  it('switches to buttons 1–10 and drops the NPS row and the earlier answers for a 10-point template', async () => {
    const { provider, of } = fakeProvider(TABLES);
    renderAt('/survey-responses/create', provider);
    await waitFor(() => expect(group('护理服务质量')).toBeTruthy());
    fireEvent.click(within(group('护理服务质量')).getAllByRole('radio')[2]);
    // the inactive template is not offered
    fireEvent.mouseDown(within(itemOf('调查表')).getByRole('combobox'));
    expect(screen.queryByText('旧版调查表')).toBeNull();
    fireEvent.click(
      await screen.findByText('到店体验（10 分）', {
        selector: '.ant-select-item-option-content *, .ant-select-item-option-content',
      }),
    );
    await waitFor(() => expect(group('等候时间')).toBeTruthy());
    expect(
      within(group('等候时间'))
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).value),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(screen.queryByRole('group', { name: '您有多大可能向亲友推荐我们？' })).toBeNull();
    fireEvent.click(within(group('等候时间')).getByRole('radio', { name: '7' }));
    fireEvent.click(within(group('舒适度')).getByRole('radio', { name: '10' }));
    fireEvent.click(within(group('舒适度')).getByRole('button', { name: '清除' }));
    fireEvent.mouseDown(within(itemOf('调查方式')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('在线问卷', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(of('create')).toHaveLength(1));
    expect(of('create')[0].params.variables).toMatchObject({
      templateId: 2,
      channel: 'online',
      scores: { waiting: 7 },
      nps: null,
    });
  });
});

describe('validity on the show page', { timeout: 60_000 }, () => {
  // 0.3×5 + 0.3×4 + 0.2×4 + 0.2×1 = 3.7 on 5 points
  const RESPONSE = {
    id: 5,
    version: 2,
    templateId: 1,
    branchId: 1,
    channel: 'face_to_face',
    submittedAt: '2026-11-02T03:00:00.000Z',
    scores: { quality: 5, attitude: 4, environment: 4, effect: 1 },
    nps: 6,
    comment: null,
    valid: true,
    invalidReason: null,
  };

  it('shows the overall rating; a quality supervisor marks the response invalid with a reason', async () => {
    const updates: unknown[] = [];
    const { provider } = fakeProvider(
      { ...TABLES, 'survey-responses': [RESPONSE] },
      {
        update: async (params) => {
          updates.push({ id: params.id, variables: params.variables });
          return { data: { ...RESPONSE, ...(params.variables as object) } as never };
        },
      },
    );
    const notes = renderAt('/survey-responses/show/5', provider, 'quality_supervisor');
    await waitFor(() => expect(screen.getByTestId('overall').textContent).toBe('3.70 / 5'));
    expect(screen.getByText('有效答卷，计入统计')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '标为无效' }));
    const dialog = await screen.findByRole('dialog');
    // the reason is required
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    expect(await within(dialog).findByText('请选择无效原因')).toBeTruthy();
    expect(within(dialog).queryByRole('radio', { name: '答卷不完整' })).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: '重复提交' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toEqual({
      id: 5,
      variables: { valid: false, invalidReason: 'duplicate', version: 2 },
    });
    await waitFor(() =>
      expect(notes.opened).toContainEqual(expect.objectContaining({ message: '已标为无效' })),
    );
  });

  it('a supervisor marks an invalid response valid again, in two clicks', async () => {
    const updates: unknown[] = [];
    const invalid = { ...RESPONSE, valid: false, invalidReason: 'careless' };
    const { provider } = fakeProvider(
      { ...TABLES, 'survey-responses': [invalid] },
      {
        update: async (params) => {
          updates.push(params.variables);
          return { data: { ...invalid, ...(params.variables as object) } as never };
        },
      },
    );
    renderAt('/survey-responses/show/5', provider, 'admin');
    expect(await screen.findByText('无效答卷，不计入统计：随意作答')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '恢复为有效' }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(updates).toEqual([{ valid: true, invalidReason: null, version: 2 }]));
  });

  it('customer service sees the validity but no ruling buttons', async () => {
    const { provider } = fakeProvider({ ...TABLES, 'survey-responses': [RESPONSE] });
    renderAt('/survey-responses/show/5', provider, 'cs_staff');
    expect(await screen.findByText('只有质检主管、院长/经理或系统管理员可以判定答卷有效性')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '标为无效' })).toBeNull();
  });
});
