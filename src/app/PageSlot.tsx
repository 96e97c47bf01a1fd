import { Button, Flex } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { PageLoading } from '../crud/pages/PageLoading';
import { useCrudText } from '../crud/text';
import { PageShown } from './firstPageFirst';
import { IfLoadFails } from './IfLoadFails';

/** A page whose code could not be fetched: say so, and offer to reload. */
function PageLoadFailed() {
  const t = useCrudText();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px' }}>
      <span role="alert">{t.pageLoadFailed}</span>
      <Button type="primary" onClick={() => location.reload()}>
        {t.reload}
      </Button>
    </Flex>
  );
}

/**
 * Where a lazily loaded page renders: the spinner while its code arrives, and if it cannot
 * arrive a message with a reload button (instead of React unmounting the console). `resetKey`
 * (the address) tries again on the next page. The first commit of what it holds tells the gate
 * of the console's secondary controls that a page is shown (firstPageFirst.tsx): the page itself,
 * or, when a page's code is still on its way, the frame with that page's spinner.
 */
export function PageSlot({ children, resetKey }: { children: ReactNode; resetKey?: unknown }) {
  return (
    <IfLoadFails fallback={<PageLoadFailed />} resetKey={resetKey}>
      <Suspense fallback={<PageLoading />}>
        {children}
        <PageShown />
      </Suspense>
    </IfLoadFails>
  );
}
