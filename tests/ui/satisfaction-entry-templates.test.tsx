// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { Refine, type DataProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY_TEMPLATE } from '../../src/domain/defaults';
import { TemplateCreate, TemplateEdit } from '../../src/features/satisfaction/templates/TemplateFormPage';
import { weightShares } from '../../src/features/satisfaction/templates/WeightsPreview';
import { surveyTemplates } from '../../src/resources/survey-templates';
import { fakeNotifications, fakeProvider } from './harness';

// Node's copy of react-router, as refine's bindings take it (see harness.tsx).
const { MemoryRouter, Route, Routes, useLocation } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

function Where() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function renderAt(path: string, provider: DataProvider) {
  const notes = fakeNotifications();
  render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <Refine
          dataProvider={provider}
          routerProvider={routerProvider}
          notificationProvider={notes.provider}
          resources={[
            {
              name: 'survey-templates',
              list: '/survey-templates',
              create: '/survey-templates/create',
              edit: '/survey-templates/edit/:id',
              show: '/survey-templates/show/:id',
            },
          ]}
          options={{
            disableTelemetry: true,
            reactQuery: { clientConfig: { defaultOptions: { queries: { retry: false } } } },
          }}
        >
          <Suspense>
            <Routes>
              <Route
                path="/survey-templates/create"
                element={<TemplateCreate resource={surveyTemplates} />}
              />
              <Route
                path="/survey-templates/edit/:id"
                element={<TemplateEdit resource={surveyTemplates} />}
              />
              <Route path="*" element={null} />
            </Routes>
          </Suspense>
          <Where />
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
  return notes;
}

const TEMPLATE = { id: 1, version: 3, ...DEFAULT_SURVEY_TEMPLATE };

describe('normalised weights', () => {
  it('divides each positive weight by their sum and leaves a missing one unshared', () => {
    // 2 + 1 + 1 = 4 → 50 %, 25 %, 25 %; the row without a weight takes no share
    expect(
      weightShares([
        { key: 'a', weight: 2 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 1 },
        { key: 'd', weight: null },
      ]).map((s) => s.share),
    ).toEqual([0.5, 0.25, 0.25, null]);
  });

  it('shows the shares of the template being edited, as typed', async () => {
    const { provider } = fakeProvider({ 'survey-templates': [TEMPLATE], 'survey-responses': [] });
    renderAt('/survey-templates/edit/1', provider);
    // 0.3 / 0.3 / 0.2 / 0.2 sum to 1: the shares are the weights
    await waitFor(() => expect(screen.getByTestId('share-quality').textContent).toBe('30.0%'));
    expect(screen.getByTestId('share-environment').textContent).toBe('20.0%');
    const weight = screen.getAllByRole('spinbutton', { name: /权重/ })[0];
    fireEvent.change(weight, { target: { value: '0.6' } });
    // 0.6 + 0.3 + 0.2 + 0.2 = 1.3 → 0.6 / 1.3 = 46.2 %, 0.2 / 1.3 = 15.4 %
    await waitFor(() => expect(screen.getByTestId('share-quality').textContent).toBe('46.2%'));
    expect(screen.getByTestId('share-effect').textContent).toBe('15.4%');
  });

  it('offers the scale as 5 or 10 points on a new template', async () => {
    const { provider, of } = fakeProvider({ 'survey-responses': [] });
    renderAt('/survey-templates/create', provider);
    fireEvent.click(await screen.findByText('10 分制'));
    fireEvent.change(screen.getByRole('textbox', { name: '模板名称' }), { target: { value: '到店体验' } });
    // a new template starts with one blank dimension row
    const row = screen.getByRole('group', { name: '第 1 行' });
    fireEvent.change(within(row).getByRole('textbox', { name: /维度代码/ }), {
      target: { value: 'waiting' },
    });
    fireEvent.change(within(row).getByRole('textbox', { name: /维度名称/ }), {
      target: { value: '等候时间' },
    });
    fireEvent.change(within(row).getByRole('spinbutton', { name: /权重/ }), { target: { value: '2' } });
    fireEvent.click(within(row).getByRole('switch', { name: /必答/ }));
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(of('create')).toHaveLength(1));
    expect(of('create')[0].params.variables).toMatchObject({
      name: '到店体验',
      scale: 10,
      dimensions: [{ key: 'waiting', label: '等候时间', weight: 2, required: true }],
      hasNps: true,
    });
  });
});

describe('a template with answers', () => {
  it('explains the lock, and when the backend refuses a new key, copies the edit into a new template and opens it', async () => {
    const refusal = {
      message: '该模板已有 2 份答卷，不能修改维度代码（已有答卷按原维度和分制评分）。可将修改另存为新模板。',
      statusCode: 409,
      errors: { dimensions: '已有答卷使用这些维度代码，不能增删或改名：privacy' },
    };
    const posted: { url: string; method: string; payload: unknown }[] = [];
    const updates: unknown[] = [];
    const { provider, of } = fakeProvider(
      {
        'survey-templates': [TEMPLATE],
        'survey-responses': [{ id: 1 }, { id: 2 }],
      },
      {
        update: async (params) => {
          updates.push(params.variables);
          return Promise.reject(refusal);
        },
        custom: (async (params: { url: string; method: string; payload: unknown }) => {
          posted.push(params);
          return { data: { id: 7, name: '服务满意度调查表（副本）' } };
        }) as never,
      },
    );
    const notes = renderAt('/survey-templates/edit/1', provider);
    expect(await screen.findByText(/该模板已有答卷：维度代码和分制不可再修改/)).toBeTruthy();
    // the answered count is asked with the template's id
    const count = of('getList').find((c) => c.params.resource === 'survey-responses');
    expect(count?.params.filters).toEqual([{ field: 'templateId', operator: 'eq', value: '1' }]);

    fireEvent.click(screen.getByRole('button', { name: /添加一行/ }));
    const row = screen.getByRole('group', { name: '第 5 行' });
    fireEvent.change(within(row).getByRole('textbox', { name: /维度代码/ }), {
      target: { value: 'privacy' },
    });
    fireEvent.change(within(row).getByRole('textbox', { name: /维度名称/ }), {
      target: { value: '隐私保护' },
    });
    fireEvent.change(within(row).getByRole('spinbutton', { name: /权重/ }), { target: { value: '0.1' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(updates).toHaveLength(1));
    // only what changed is sent: the dimensions
    expect(Object.keys(updates[0] as object).sort()).toEqual(['dimensions', 'version']);
    expect(await screen.findByText(refusal.message)).toBeTruthy();
    expect(screen.getByText(refusal.errors.dimensions)).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/survey-templates/edit/1');

    fireEvent.click(screen.getByRole('button', { name: /复制为新模板/ }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/survey-templates/edit/7'), {
      timeout: 5000,
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ url: '/api/survey-templates/1/copy', method: 'post' });
    const body = posted[0].payload as Record<string, unknown>;
    expect(body).not.toHaveProperty('version');
    expect(body).toMatchObject({
      name: '服务满意度调查表',
      scale: 5,
      dimensions: [
        ...DEFAULT_SURVEY_TEMPLATE.dimensions,
        { key: 'privacy', label: '隐私保护', weight: 0.1, required: false },
      ],
    });
    // the copy opens as a fresh form: the refusal is not carried over
    await waitFor(() => expect(screen.queryByText(refusal.message)).toBeNull());
    expect(notes.opened).toContainEqual(
      expect.objectContaining({ type: 'success', message: '已复制为新模板「服务满意度调查表（副本）」' }),
    );
  });
});
