import { ThemedLayoutContextProvider } from '@refinedev/antd';
import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../crud/pages/PageLoading';
import { AppTitle } from './AppTitle';
import './ConsoleLayout.css';
import { ConsoleSider } from './ConsoleSider';
import { Header } from './Header';

/**
 * The signed-in console's frame: menu, header and the current page. Loaded lazily (the default
 * export is for React.lazy): the sign-in page needs none of it. The menu and header stay while
 * a page's own code arrives. refine's layout context (folded menu, drawer) without refine's
 * ThemedLayout, which measures the window after mounting and so renders the frame twice.
 */
export default function ConsoleLayout() {
  return (
    // Folded on a tablet by the header, after mounting (see useFoldMenuOnTablet).
    <ThemedLayoutContextProvider>
      <Layout hasSider style={{ minHeight: '100vh' }}>
        <ConsoleSider Title={AppTitle} />
        <Layout>
          <Header />
          <Layout.Content>
            <div className="sq-page">
              <Suspense fallback={<PageLoading />}>
                <Outlet />
              </Suspense>
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </ThemedLayoutContextProvider>
  );
}
