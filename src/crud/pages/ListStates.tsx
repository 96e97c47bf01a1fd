import type { HttpError } from '@refinedev/core';
import { Button, Empty, Flex } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { IfLoadFails } from '../../app/IfLoadFails';
import { Heading4, SecondaryText } from '../plainText';
import { useCrudText } from '../text';

/** antd's Result (with its illustrations), loaded only when a list fails to load. */
const Result = lazy(() => import('./ResultView').then((m) => ({ default: m.Result })));

/**
 * A failed read: the server's message and a retry button, at once as text, then in antd's
 * Result once its code has loaded (and as text for good if it cannot load).
 */
export function ErrorState({ error, onRetry }: { error: HttpError | null; onRetry: () => void }) {
  const t = useCrudText();
  const message = <span role="alert">{error?.message}</span>;
  const retry = (
    <Button type="primary" onClick={onRetry}>
      {t.retry}
    </Button>
  );
  const plain = (
    <Flex vertical align="center" gap={12} style={{ padding: '48px 32px' }}>
      <Heading4 style={{ margin: 0 }}>{t.loadFailed}</Heading4>
      <SecondaryText>{message}</SecondaryText>
      {retry}
    </Flex>
  );
  return (
    <IfLoadFails fallback={plain}>
      <Suspense fallback={plain}>
        <Result status="error" title={t.loadFailed} subTitle={message} extra={retry} />
      </Suspense>
    </IfLoadFails>
  );
}

/** No records: say so, and offer what can be done (create one, or clear the filters). */
export function EmptyState({ description, children }: { description: string; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description}>
      {children}
    </Empty>
  );
}
