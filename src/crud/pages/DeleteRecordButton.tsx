import { DeleteButton } from '@refinedev/antd';
import type { BaseKey, OpenNotificationParams } from '@refinedev/core';
import { format, useCrudText, type CrudText } from '../text';

/** The notification of a refused delete: the server's message (a 409 names the referrers). */
export function deleteFailure(t: CrudText) {
  return (error?: unknown): OpenNotificationParams => ({
    type: 'error',
    message: t.deleteFailed,
    description:
      error && typeof error === 'object' && 'message' in error
        ? String((error as { message: unknown }).message)
        : undefined,
  });
}

interface Props {
  resource: string;
  id: BaseKey;
  /** The record's name, for the button's accessible label. */
  title: string;
  hideText?: boolean;
  size?: 'small' | 'middle';
  onSuccess?: () => void;
}

/**
 * refine's delete button with our confirmation, and a failure notification that shows the
 * server's message (a 409 names the records that still refer to this one).
 */
export function DeleteRecordButton({ resource, id, title, hideText, size, onSuccess }: Props) {
  const t = useCrudText();
  return (
    <DeleteButton
      resource={resource}
      recordItemId={id}
      hideText={hideText}
      size={size}
      aria-label={format(t.deleteRecord, { title })}
      title={format(t.deleteRecord, { title })}
      confirmTitle={t.deleteConfirm}
      confirmOkText={t.deleteConfirmOk}
      confirmCancelText={t.deleteCancel}
      mutationMode="pessimistic"
      onSuccess={onSuccess}
      errorNotification={deleteFailure(t)}
    >
      {t.delete}
    </DeleteButton>
  );
}
