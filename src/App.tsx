import { ErrorComponent, ThemedLayout, useNotificationProvider } from '@refinedev/antd';
import '@refinedev/antd/dist/reset.css';
import { Refine } from '@refinedev/core';
import routerProvider, { DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { AppTitle } from './app/AppTitle';
import { Header } from './app/Header';
import { Home } from './app/Home';
import { buildRefineResources } from './app/refineResources';
import { GenericCreate, GenericEdit, GenericList, GenericShow } from './crud/pages';
import { currentLang, i18nProvider } from './i18n';
import { useLang } from './i18n/lang';
import { API_URL, createDataProvider } from './providers/dataProvider';
import { RESOURCES, getResource } from './resources';

export function App() {
  const lang = useLang();
  const dataProvider = useMemo(() => createDataProvider(API_URL, currentLang), []);
  const resources = useMemo(() => buildRefineResources(lang), [lang]);
  const suffix = lang === 'en' ? 'Service Quality Console' : '服务质量管理控制台';

  return (
    <BrowserRouter>
      {/* No `key` here: a language switch must not remount forms and lose what was typed. */}
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0487a' } }}>
        <AntdApp>
          <Refine
            dataProvider={dataProvider}
            routerProvider={routerProvider}
            notificationProvider={useNotificationProvider}
            i18nProvider={i18nProvider}
            resources={resources}
            options={{ syncWithLocation: true, warnWhenUnsavedChanges: true, disableTelemetry: true }}
          >
            <Routes>
              <Route
                element={
                  <ThemedLayout Header={Header} Title={AppTitle}>
                    <Outlet />
                  </ThemedLayout>
                }
              >
                <Route index element={<Home />} />
                {RESOURCES.map((r) => (
                  <Route key={r.name} path={r.name}>
                    <Route index element={<GenericList resource={r} />} />
                    <Route path="show/:id" element={<GenericShow resource={r} />} />
                    {!r.readOnly && !r.singleton && (
                      <Route path="create" element={<GenericCreate resource={r} />} />
                    )}
                    {!r.readOnly && <Route path="edit/:id" element={<GenericEdit resource={r} />} />}
                  </Route>
                ))}
                <Route path="*" element={<ErrorComponent />} />
              </Route>
            </Routes>
            <UnsavedChangesNotifier />
            <DocumentTitleHandler
              handler={({ resource, action }) => {
                const def = resource ? getResource(resource.name) : undefined;
                if (!def) return suffix;
                const actionLabel = i18nProvider.translate(`actions.${action ?? 'list'}`);
                return `${def.label[lang]} · ${actionLabel} | ${suffix}`;
              }}
            />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
}
