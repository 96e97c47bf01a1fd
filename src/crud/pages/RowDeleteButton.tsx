import { useDelete, type BaseKey } from '@refinedev/core';
import { Button } from 'antd';
import { lazy, Suspense, useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { format, type CrudText } from '../text';
import { deleteFailure } from './DeleteRecordButton';
import { ROW_ICONS } from './staticIcons';
import { IfLoadFails } from '../../app/IfLoadFails';

// Popconfirm's code loads with the first confirm a user asks for (from the press on a button).
const loadConfirm = () => import('./RowDeleteConfirm');
const Popconfirm = lazy(loadConfirm);

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

/** The confirm's anchor: the button's box, not clickable itself (the button opens and closes it). */
const ANCHOR = { position: 'absolute', inset: 0, pointerEvents: 'none' } as const;
const HOLDER = { position: 'relative', display: 'inline-flex' } as const;

/**
 * A row's delete: an icon button, asking first, busy while the server answers.
 *
 * The confirm (antd's Popconfirm: a popover, a tooltip, a trigger and resize observers) is made
 * on the row's first click, beside the button and over it, so a list does not build one per row
 * on every load for the one a user may open (nor load its code: it comes with the first press); the button itself never moves or remounts (focus
 * stays on it). It behaves as Popconfirm around the button did: a click (or Enter / Space)
 * opens and closes it, Escape on the button or a click elsewhere closes it.
 */
export function RowDeleteButton({ title, pending, onConfirm, t }: Props) {
  const label = format(t.deleteRecord, { title });
  const [made, setMade] = useState(false);
  const [open, setOpen] = useState(false);
  // A press on the button while the confirm is open first closes it (antd closes on any
  // mousedown outside its anchor, before React's handlers see the event, and the re-render comes
  // before them too): whether it was open is taken at pointerdown, which comes first, so the
  // click that follows closes it rather than opening it again.
  const openAtPress = useRef<boolean | null>(null);
  // Without the confirm's code (its fetch failed), the browser's own confirm asks instead.
  const [confirmCodeFailed, setConfirmCodeFailed] = useState(false);
  const askNatively = () => {
    if (window.confirm(t.deleteConfirm)) onConfirm();
  };
  const toggle = (e: MouseEvent) => {
    // A pointer's click (detail > 0) follows its pointerdown on the button; Enter / Space clicks
    // (detail 0) have none, and a press dragged off the button leaves a stale one.
    const wasOpen = e.detail > 0 && openAtPress.current !== null ? openAtPress.current : open;
    openAtPress.current = null;
    if (confirmCodeFailed) return askNatively();
    setMade(true);
    setOpen(!wasOpen);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) setOpen(false);
  };
  return (
    <span style={HOLDER}>
      <Button
        size="small"
        type="text"
        danger
        loading={pending}
        icon={ROW_ICONS.remove}
        aria-label={label}
        title={label}
        onPointerDown={() => {
          openAtPress.current = open;
          void loadConfirm().catch(() => undefined);
        }}
        onClick={toggle}
        onKeyDown={onKeyDown}
      />
      {made && (
        <IfLoadFails
          fallback={null}
          onFail={() => {
            setConfirmCodeFailed(true);
            askNatively();
          }}
        >
          <Suspense fallback={null}>
            <Popconfirm
              open={open}
              onOpenChange={setOpen}
              title={t.deleteConfirm}
              okText={t.deleteConfirmOk}
              cancelText={t.deleteCancel}
              okType="danger"
              okButtonProps={{ disabled: pending }}
              onConfirm={onConfirm}
            >
              <span aria-hidden="true" style={ANCHOR} />
            </Popconfirm>
          </Suspense>
        </IfLoadFails>
      )}
    </span>
  );
}
