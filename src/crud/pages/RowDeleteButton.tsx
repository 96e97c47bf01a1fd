import { DeleteOutlined } from '@ant-design/icons';
import { useDelete, type BaseKey } from '@refinedev/core';
import { Button, Popconfirm } from 'antd';
import { useCallback } from 'react';
import { format, type CrudText } from '../text';
import { deleteFailure } from './DeleteRecordButton';

/**
 * One delete for all the rows of a list: the list holds the mutation, each row only a button.
 * refine's DeleteButton in every row ran refine's route, access and mutation hooks once per row
 * (~0.25 s of the complaint list's first load in a CPU profile); who may delete is already
 * known from the session (`canDelete`), the same for every row.
 */
export function useRowDelete(resource: string, t: CrudText) {
  const { mutate, mutation } = useDelete();
  const pendingId = mutation.isPending ? mutation.variables?.id : undefined;
  const remove = useCallback(
    (id: BaseKey) =>
      mutate({ resource, id, mutationMode: 'pessimistic', errorNotification: deleteFailure(t) }),
    [mutate, resource, t],
  );
  return { remove, pendingId };
}

interface Props {
  /** The record's name, for the button's accessible label. */
  title: string;
  pending: boolean;
  onConfirm(): void;
  t: CrudText;
}

/** A row's delete: an icon button, asking first, busy while the server answers. */
export function RowDeleteButton({ title, pending, onConfirm, t }: Props) {
  const label = format(t.deleteRecord, { title });
  return (
    <Popconfirm
      title={t.deleteConfirm}
      okText={t.deleteConfirmOk}
      cancelText={t.deleteCancel}
      okType="danger"
      okButtonProps={{ disabled: pending }}
      onConfirm={onConfirm}
    >
      <Button
        size="small"
        type="text"
        danger
        loading={pending}
        icon={<DeleteOutlined />}
        aria-label={label}
        title={label}
      />
    </Popconfirm>
  );
}
