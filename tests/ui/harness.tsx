import { StyleProvider } from '@ant-design/cssinjs';
import { Refine, type BaseRecord, type DataProvider, type NotificationProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { render } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { createRequire } from 'node:module';
import { Fragment, type ReactNode } from 'react';
import { FirstPageFirst } from '../../src/app/firstPageFirst';
import { GenericCreate, GenericEdit, GenericList, GenericShow } from '../../src/crud/pages';
import { ResourceLookupProvider } from '../../src/crud/lookup';
import type { ResourceDef } from '../../src/schema/resource';
import { defineResource } from '../../src/schema/resource';

/*
 * refine's router bindings are loaded by Node (vitest externalises node_modules), which picks
 * react-router's CommonJS build; a plain import here would get its ES build through vite and a
 * second router context ("useLocation() may be used only in the context of a <Router>").
 * Taking react-router the way Node does keeps one instance. (Inlining `@refinedev/*` in
 * vitest's `server.deps.inline` would do the same for every test.)
 */
const { MemoryRouter, Route, Routes, useLocation } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

export const STATUS = [
  { value: 'open', label: { zh: '进行中', en: 'Open' }, color: 'blue' },
  { value: 'closed', label: { zh: '已关闭', en: 'Closed' }, color: 'green' },
];

/** A small declaration using most field types, as another helper's resources would. */
export const things = defineResource({
  name: 'things',
  label: { zh: '事项', en: 'Things' },
  group: 'system',
  icon: 'AppstoreOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'code', order: 'asc' }],
  fields: [
    { name: 'code', type: 'text', label: { zh: '编码', en: 'Code' }, required: true, maxLength: 10 },
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true, maxLength: 40 },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: STATUS,
      default: 'open',
    },
    { name: 'price', type: 'money', label: { zh: '价格', en: 'Price' }, min: 0 },
    { name: 'rate', type: 'percent', label: { zh: '比例', en: 'Rate' } },
    { name: 'branchId', type: 'reference', resource: 'branches', label: { zh: '机构', en: 'Branch' } },
    { name: 'ownerId', type: 'reference', resource: 'people', label: { zh: '负责人', en: 'Owner' } },
    { name: 'active', type: 'boolean', label: { zh: '启用', en: 'Active' }, default: true },
    { name: 'signedOn', type: 'date', label: { zh: '签约日期', en: 'Signed on' } },
    { name: 'doneAt', type: 'datetime', label: { zh: '完成时间', en: 'Done at' }, hideInList: true },
    {
      name: 'lines',
      type: 'objectList',
      label: { zh: '明细', en: 'Lines' },
      required: true,
      minItems: 1,
      hideInList: true,
      fields: [
        { name: 'qty', type: 'integer', label: { zh: '数量', en: 'Qty' }, required: true, min: 1 },
        { name: 'unitPrice', type: 'money', label: { zh: '单价', en: 'Unit price' }, required: true, min: 0 },
      ],
    },
    {
      name: 'createdAt',
      type: 'datetime',
      label: { zh: '创建时间', en: 'Created at' },
      readOnly: true,
      hideInList: true,
    },
  ],
  related: [{ resource: 'people', field: 'thingId' }],
});

export const branches = defineResource({
  name: 'branches',
  label: { zh: '机构', en: 'Branches' },
  group: 'organisation',
  icon: 'BankOutlined',
  titleField: 'name',
  fields: [{ name: 'name', type: 'text', label: { zh: '机构名称', en: 'Name' }, required: true }],
});

export const people = defineResource({
  name: 'people',
  label: { zh: '人员', en: 'People' },
  group: 'organisation',
  icon: 'UserOutlined',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' }, required: true },
    { name: 'thingId', type: 'reference', resource: 'things', label: { zh: '事项', en: 'Thing' } },
  ],
});

/** Nested shapes: an optional object, a score map, an instant, a list of references. */
export const rules = defineResource({
  name: 'rules',
  label: { zh: '规则', en: 'Rules' },
  group: 'appraisal',
  icon: 'OrderedListOutlined',
  titleField: 'name',
  fields: [
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' }, required: true },
    {
      name: 'escalation',
      type: 'object',
      label: { zh: '加重', en: 'Escalation' },
      fields: [
        {
          name: 'threshold',
          type: 'integer',
          label: { zh: '次数', en: 'Threshold' },
          required: true,
          min: 1,
        },
        { name: 'points', type: 'number', label: { zh: '加扣分', en: 'Points' }, decimals: 1 },
      ],
    },
    { name: 'scores', type: 'scoreMap', label: { zh: '评分', en: 'Scores' }, integer: true, min: 0, max: 5 },
    { name: 'startsAt', type: 'datetime', label: { zh: '开始时间', en: 'Starts at' } },
    { name: 'month', type: 'month', label: { zh: '月份', en: 'Month' } },
    {
      name: 'branchIds',
      type: 'referenceList',
      resource: 'branches',
      label: { zh: '适用机构', en: 'Branches' },
    },
  ],
});

const DEFS: ResourceDef[] = [things, branches, people, rules];
const lookup = (name: string) => DEFS.find((d) => d.name === name);

export interface Call {
  method: string;
  // The recorded params of any data-provider method: tests read the fields they assert on.
  params: Record<string, unknown>;
}

/** A data provider over fixed tables that records every call; methods can be replaced. */
export function fakeProvider(tables: Record<string, BaseRecord[]>, override: Partial<DataProvider> = {}) {
  const calls: Call[] = [];
  const record = (method: string, params: object) =>
    calls.push({ method, params: params as Record<string, unknown> });
  const provider: DataProvider = {
    getApiUrl: () => '/api',
    getList: async (params) => {
      record('getList', params);
      const rows = tables[params.resource] ?? [];
      return { data: rows as never[], total: tables[`${params.resource}:total`]?.length ?? rows.length };
    },
    getMany: async (params) => {
      record('getMany', params);
      const ids = params.ids.map(String);
      return { data: (tables[params.resource] ?? []).filter((r) => ids.includes(String(r.id))) as never[] };
    },
    getOne: async (params) => {
      record('getOne', params);
      const row = (tables[params.resource] ?? []).find((r) => String(r.id) === String(params.id));
      if (!row) throw { message: 'not found', statusCode: 404 };
      return { data: row as never };
    },
    create: async (params) => {
      record('create', params);
      return { data: { id: 99, ...(params.variables as object) } as never };
    },
    update: async (params) => {
      record('update', params);
      return { data: { id: params.id, ...(params.variables as object) } as never };
    },
    deleteOne: async (params) => {
      record('deleteOne', params);
      return { data: { id: params.id } as never };
    },
    ...override,
  };
  const of = (method: string) => calls.filter((c) => c.method === method);
  return { provider, calls, of };
}

export function fakeNotifications() {
  const opened: { type: string; message: string; description?: string }[] = [];
  const provider: NotificationProvider = {
    open: (params) => {
      opened.push({ type: params.type, message: params.message, description: params.description });
    },
    close: () => {},
  };
  return { provider, opened };
}

/** Shows the router location, so tests can read what the list wrote to the URL. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const resources = DEFS.map((d) => ({
  name: d.name,
  list: `/${d.name}`,
  create: `/${d.name}/create`,
  edit: `/${d.name}/edit/:id`,
  show: `/${d.name}/show/:id`,
}));

export function renderApp(
  path: string,
  dataProvider: DataProvider,
  notificationProvider?: NotificationProvider,
  extra?: ReactNode,
  queryClient?: QueryClient,
  /** As on a visit's first page: the secondary controls wait for the gate (firstPageFirst.tsx). */
  firstPage = false,
) {
  const Gate = firstPage ? GateUntilShown : Fragment;
  return render(
    // antd's styles are generated but not injected: jsdom would parse them all for nothing.
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <ResourceLookupProvider lookup={lookup}>
          <Refine
            dataProvider={dataProvider}
            routerProvider={routerProvider}
            notificationProvider={notificationProvider}
            resources={resources}
            options={{
              syncWithLocation: true,
              disableTelemetry: true,
              reactQuery: { clientConfig: queryClient ?? { defaultOptions: { queries: { retry: false } } } },
            }}
          >
            <Gate>
              <Routes>
                {DEFS.map((d) => (
                  <Route key={d.name} path={d.name}>
                    <Route index element={<GenericList resource={d} />} />
                    <Route path="create" element={<GenericCreate resource={d} />} />
                    <Route path="edit/:id" element={<GenericEdit resource={d} />} />
                    <Route path="show/:id" element={<GenericShow resource={d} />} />
                  </Route>
                ))}
              </Routes>
              <LocationProbe />
              {extra}
            </Gate>
          </Refine>
        </ResourceLookupProvider>
      </MemoryRouter>
    </StyleProvider>,
  );
}

/** The first page's gate, opened only by a page shown (not by its longest wait). */
export function GateUntilShown({ children }: { children: ReactNode }) {
  return <FirstPageFirst longestMs={null}>{children}</FirstPageFirst>;
}

/** One `things` record with every widget filled, shared by the page and form tests. */
const THING = {
  id: 11,
  code: 'A1',
  name: '甲',
  status: 'closed',
  price: 1234.5,
  rate: 0.125,
  branchId: 1,
  ownerId: 7,
  active: true,
  signedOn: '2026-11-03',
  doneAt: '2026-11-03T01:30:00.000Z',
  lines: [
    { qty: 2, unitPrice: 3.5 },
    { qty: 1, unitPrice: 10 },
  ],
  createdAt: '2026-10-31T16:05:00.000Z',
};
/** The tables behind a show page of THING: the record, its branch and its related people. */
export const showTables = () => ({
  things: [THING],
  branches: [{ id: 1, name: '北京一院' }],
  people: [
    { id: 7, name: '王芳', thingId: 11 },
    { id: 8, name: '李娜', thingId: 11 },
  ],
});
