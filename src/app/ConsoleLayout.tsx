import { ThemedLayout } from '@refinedev/antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../crud/pages/PageLoading';
import { AppTitle } from './AppTitle';
import { Header } from './Header';
import { siderStartsCollapsed } from './theme';

/**
 * The signed-in console's frame: menu, header and the current page. Loaded lazily (the default
 * export is for React.lazy): the sign-in page needs none of it. The menu and header stay while
 * a page's own code arrives.
 */
export default function ConsoleLayout() {
  return (
    <ThemedLayout Header={Header} Title={AppTitle} initialSiderCollapsed={siderStartsCollapsed()}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ThemedLayout>
  );
}
