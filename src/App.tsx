import '@refinedev/antd/dist/reset.css';
import { Authenticated, Refine } from '@refinedev/core';
import { CatchAllNavigate, DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import { theme } from 'antd';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import {
  ConsoleLayout,
  Login,
  GenericCreate,
  GenericEdit,
  GenericList,
  GenericShow,
  Home,
  NotFound,
} from './app/lazyPages';
import { PageGuard } from './app/PageGuard';
import { FirstPageFirst } from './app/firstPageFirst';
import { PageSlot } from './app/PageSlot';
import { NotificationsHost, useConsoleNotifications } from './app/notifications';
import { ThemedConfigProvider } from './app/theme';
import { buildRefineResources } from './app/refineResources';
import { crudOverride, FEATURE_PAGES } from './features';
import type { CrudAction } from './features/types';
import { currentLang, i18nProvider } from './i18n';
import { ANTD_LOCALES } from './i18n/antdLocales';
import { useLang } from './i18n/lang';
import { accessControlProvider } from './providers/accessControl';
import { createAuthProvider, sessionIdentity } from './providers/authProvider';
import { API_URL, createDataProvider } from './providers/dataProvider';
import { withListFetchedAhead } from './providers/listFetchedAhead';
import { createQueryClient } from './providers/queryClient';
import { readSession } from './providers/session';
import { routerProvider } from './providers/router';
import { RESOURCES, getResource } from './resources';
import type { ResourceDef } from './schema/resource';

/**
 * A page the role may open, else why not (PageGuard). The page's code, or the refusal's, may
 * still be loading: the spinner shows meanwhile (and a reload offer if it cannot load).
 */
function guarded(resource: string, action: CrudAction, page: ReactNode) {
  return (
    <PageSlot resetKey={`${resource}/${action}`}>
      <PageGuard resource={resource} action={action}>
        {page}
      </PageGuard>
    </PageSlot>
  );
}

/** A resource's page: a feature's override when there is one, else the generated page. */
function crudPage(
  resource: ResourceDef,
  action: CrudAction,
  Generic: ComponentType<{ resource: ResourceDef }>,
) {
  const Page = crudOverride(resource.name, action) ?? Generic;
  return guarded(resource.name, action, <Page resource={resource} />);
}

/**
 * The text style antd's `<App>` gave the page (its colour follows the theme). Not antd's `<App>`
 * itself: it brings modal and message with it, which the console does not use through it.
 */
function TextDefaults({ children }: { children: ReactNode }) {
  const { token } = theme.useToken();
  const style = {
    color: token.colorText,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
    fontFamily: token.fontFamily,
  };
  return <div style={style}>{children}</div>;
}

export function App() {
  const lang = useLang();
  const dataProvider = useMemo(() => withListFetchedAhead(createDataProvider(API_URL, currentLang)), []);
  const queryClient = useMemo(() => createQueryClient(sessionIdentity(readSession()) ?? undefined), []);
  const authProvider = useMemo(() => createAuthProvider(API_URL, currentLang), []);
  const resources = useMemo(() => buildRefineResources(lang), [lang]);
  const suffix = lang === 'en' ? 'Service Quality Console' : '服务质量管理控制台';

  return (
    <BrowserRouter>
      {/* No `key` here: a language switch must not remount forms and lose what was typed. */}
      {/* Light or dark (antd's algorithm), toggled in the header and remembered. */}
      <ThemedConfigProvider locale={ANTD_LOCALES[lang]}>
        <NotificationsHost>
          <TextDefaults>
            <Refine
              dataProvider={dataProvider}
              authProvider={authProvider}
              accessControlProvider={accessControlProvider}
              routerProvider={routerProvider}
              notificationProvider={useConsoleNotifications}
              i18nProvider={i18nProvider}
              resources={resources}
              options={{
                syncWithLocation: true,
                warnWhenUnsavedChanges: true,
                disableTelemetry: true,
                reactQuery: { clientConfig: queryClient },
              }}
            >
              {/* The first page paints before the secondary controls mount. */}
              <FirstPageFirst>
                <Routes>
                  <Route
                    element={
                      <Authenticated key="console" fallback={<CatchAllNavigate to="/login" />}>
                        {/* Until the frame's code is there (the first page after signing in). */}
                        <PageSlot>
                          <ConsoleLayout />
                        </PageSlot>
                      </Authenticated>
                    }
                  >
                    <Route index element={<Home />} />
                    {RESOURCES.map((r) => (
                      <Route key={r.name} path={r.name}>
                        <Route index element={crudPage(r, 'list', GenericList)} />
                        <Route path="show/:id" element={crudPage(r, 'show', GenericShow)} />
                        {!r.readOnly && !r.singleton && (
                          <Route path="create" element={crudPage(r, 'create', GenericCreate)} />
                        )}
                        {!r.readOnly && <Route path="edit/:id" element={crudPage(r, 'edit', GenericEdit)} />}
                      </Route>
                    ))}
                    {FEATURE_PAGES.map(({ name, path, component: Page }) => (
                      <Route key={name} path={path} element={guarded(name, 'list', <Page />)} />
                    ))}
                    <Route path="*" element={<NotFound />} />
                  </Route>
                  <Route
                    path="/login"
                    element={
                      <Authenticated
                        key="login"
                        fallback={
                          <PageSlot>
                            <Login />
                          </PageSlot>
                        }
                      >
                        <Navigate to="/" replace />
                      </Authenticated>
                    }
                  />
                </Routes>
              </FirstPageFirst>
              <UnsavedChangesNotifier />
              <DocumentTitleHandler
                handler={({ resource, action }) => {
                  const def = resource ? getResource(resource.name) : undefined;
                  // A feature's own page (a dashboard) is titled by its menu label.
                  const page = FEATURE_PAGES.find((p) => p.name === resource?.name);
                  if (page) return `${page.label[lang]} | ${suffix}`;
                  if (!def) return suffix;
                  const actionLabel = i18nProvider.translate(`actions.${action ?? 'list'}`);
                  return `${def.label[lang]} · ${actionLabel} | ${suffix}`;
                }}
              />
            </Refine>
          </TextDefaults>
        </NotificationsHost>
      </ThemedConfigProvider>
    </BrowserRouter>
  );
}
