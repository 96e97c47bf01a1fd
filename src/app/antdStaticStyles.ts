/**
 * Build time only (vite.config.ts, in Node; the console never imports this): the CSS of the antd
 * components the console shows, in the light theme, as one static stylesheet.
 *
 * Why: antd 5 writes its styles in the browser (CSS-in-JS): every component's first render
 * turns style objects into CSS text and inserts a <style>, ~0.3–0.7 s of the complaint list's
 * first load in a CPU profile. antd's style runtime skips that work for every style a stylesheet
 * already holds: the stylesheet carries a map of the styles it contains
 * (`.data-ant-cssinjs-cache-path{content:"…"}`, written by `extractStyle`), which the runtime
 * reads once. Components missing here, and the dark theme, still get their styles at run time.
 *
 * The components are rendered once each with React's server renderer into a style cache; the
 * cache is then written out. antd and its style runtime are taken by `require`, as one instance.
 */
import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import { THEME_TOKEN } from './brand.ts';

type Antd = typeof import('antd');
type CssInJs = typeof import('@ant-design/cssinjs');

/** One element per antd component the console uses (`grep "from 'antd'" src`), and refine's frame's. */
function elements(antd: Antd, h: typeof import('react').createElement): ReactElement[] {
  const item = (key: string, children?: { key: string; label: string }[]) => ({ key, label: key, children });
  return [
    h(antd.App, null, h('div')),
    h(
      antd.Layout,
      null,
      h(antd.Layout.Sider, { collapsible: true }, h('div')),
      h(antd.Layout, null, h(antd.Layout.Header), h(antd.Layout.Content), h(antd.Layout.Footer)),
    ),
    h(antd.Menu, { mode: 'inline', items: [item('a', [item('b')]), item('c')] }),
    h(antd.Breadcrumb, { items: [{ title: 'a' }, { title: 'b' }] }),
    h(antd.Typography.Title, null, 't'),
    h(antd.Typography.Text, null, 't'),
    h(antd.Typography.Paragraph, null, 't'),
    h(antd.Typography.Link, null, 't'),
    h(antd.Space, null, h(antd.Button, { type: 'primary' }, 'b'), h(antd.Button, null, 'b')),
    h(antd.Space.Compact, null, h(antd.Input), h(antd.Button, null, 'b')),
    h(antd.Flex, null, h('div')),
    h(antd.Row, null, h(antd.Col, { span: 12 }, 'c')),
    h(antd.Divider),
    h(antd.Card, { title: 't' }, 'c'),
    h(
      antd.Form,
      { layout: 'vertical' },
      h(antd.Form.Item, { label: 'l', required: true, help: 'h' }, h(antd.Input)),
    ),
    h(antd.Input.Password),
    h(antd.Input.TextArea),
    h(antd.Input.Search),
    h(antd.InputNumber),
    h(antd.Select, { options: [{ value: 1, label: 'o' }] }),
    h(antd.Select, { mode: 'multiple', options: [{ value: 1, label: 'o' }] }),
    h(antd.DatePicker),
    h(antd.DatePicker.RangePicker),
    h(antd.Segmented, { options: ['a', 'b'] }),
    h(antd.Switch),
    h(antd.Checkbox, null, 'c'),
    h(antd.Radio.Group, { options: ['a', 'b'] }),
    h(antd.Rate),
    h(antd.Table, {
      rowKey: 'id',
      rowSelection: {},
      columns: [{ key: 'a', dataIndex: 'a', title: 'a', sorter: true, filters: [{ text: 'x', value: 'x' }] }],
      dataSource: [{ id: 1, a: 'x' }],
      pagination: { total: 100, showSizeChanger: true },
    }),
    h(antd.Pagination, { total: 100 }),
    h(antd.Tag, { color: 'blue' }, 't'),
    // A status colour brings the status tags' own styles (success, processing, warning, error).
    h(antd.Tag, { color: 'success' }, 't'),
    h(antd.Badge, { count: 1 }),
    h(antd.Avatar),
    h(antd.Alert, { message: 'm', type: 'info', showIcon: true }),
    h(antd.Spin),
    h(antd.Skeleton),
    h(antd.Empty),
    h(antd.Result, { status: 'info', title: 't' }),
    h(antd.Statistic, { value: 1 }),
    h(antd.Descriptions, { items: [{ key: 'a', label: 'a', children: 'b' }] }),
    h(antd.Timeline, { items: [{ children: 't' }] }),
    h(antd.Tabs, { items: [{ key: 'a', label: 'a', children: 'c' }] }),
    h(antd.Progress, { percent: 50 }),
    h(antd.Dropdown, { menu: { items: [item('a')] } }, h('span')),
    h(antd.Tooltip, { title: 't' }, h('span')),
    h(antd.Popover, { content: 'c' }, h('span')),
    h(antd.Popconfirm, { title: 't' }, h('span')),
  ];
}

/** The stylesheet's text; throws when antd runs in development mode (its class names differ). */
export function antdStaticStyles(): string {
  if (process.env.NODE_ENV !== 'production')
    throw new Error('antd static styles: build in production mode (NODE_ENV=production)');
  const require = createRequire(import.meta.url);
  const antd = require('antd') as Antd;
  const { createCache, extractStyle, StyleProvider } = require('@ant-design/cssinjs') as CssInJs;
  const { createElement: h } = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');

  const cache = createCache();
  const theme = { algorithm: antd.theme.defaultAlgorithm, token: THEME_TOKEN };
  for (const element of elements(antd, h)) {
    renderToString(h(StyleProvider, { cache }, h(antd.ConfigProvider, { theme }, element)));
  }
  return extractStyle(cache, { plain: true });
}
