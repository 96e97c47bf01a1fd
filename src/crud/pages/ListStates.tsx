import type { HttpError } from '@refinedev/core';
import { Button, Empty, Result } from 'antd';
import type { ReactNode } from 'react';
import { useCrudText } from '../text';

/** A failed read: the server's message and a retry button. */
export function ErrorState({ error, onRetry }: { error: HttpError | null; onRetry: () => void }) {
  const t = useCrudText();
  return (
    <Result
      status="error"
      title={t.loadFailed}
      subTitle={<span role="alert">{error?.message}</span>}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t.retry}
        </Button>
      }
    />
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
