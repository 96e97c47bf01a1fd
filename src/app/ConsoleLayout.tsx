import { ThemedLayout } from '@refinedev/antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '../crud/pages/PageLoading';
import { AppTitle } from './AppTitle';
import { Header } from './Header';

/**
 * The signed-in console's frame: menu, header and the current page. Loaded lazily (the default
 * export is for React.lazy): the sign-in page needs none of it. The menu and header stay while
 * a page's own code arrives.
 */
export default function ConsoleLayout() {
  return (
    // Folded on a tablet by the header, after mounting (see useFoldMenuOnTablet).
    <ThemedLayout Header={Header} Title={AppTitle}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ThemedLayout>
  );
}
