import { ThemedLayoutContextProvider } from '@refinedev/antd';
import { Layout } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { AppTitle } from './AppTitle';
import './ConsoleLayout.css';
import { ConsoleSider } from './ConsoleSider';
import { Header } from './Header';
import { PageSlot } from './PageSlot';

/**
 * The signed-in console's frame: menu, header and the current page. Loaded lazily (the default
 * export is for React.lazy): the sign-in page needs none of it. The menu and header stay while
 * a page's own code arrives. refine's layout context (folded menu, drawer) without refine's
 * ThemedLayout, which measures the window after mounting and so renders the frame twice.
 */
/**
 * The current page, in a slot that tries again on the next address if its code failed. Its own
 * component: reading the address in the frame would render the whole frame on every change of
 * it (a list keeps its page and filters in the query string).
 */
function PageOutlet() {
  const { pathname } = useLocation();
  return (
    <PageSlot resetKey={pathname}>
      <Outlet />
    </PageSlot>
  );
}

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
              <PageOutlet />
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </ThemedLayoutContextProvider>
  );
}
