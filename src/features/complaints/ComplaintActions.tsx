import type { BaseRecord } from '@refinedev/core';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { allowedActions, type ComplaintAction, type ComplaintStatus } from '../../domain/complaints';
import { TransitionDialog } from './TransitionDialog';
import { useComplaintText } from './text';

const DANGER: ComplaintAction[] = ['withdraw', 'invalidate'];

/** A button for each step the lifecycle allows from the complaint's status, each opening its form. */
export function ComplaintActions({ record }: { record: BaseRecord }) {
  const t = useComplaintText();
  const [open, setOpen] = useState<{ action: ComplaintAction; to: ComplaintStatus } | null>(null);
  const actions = allowedActions(record.status as ComplaintStatus);
  return (
    <Card title={t.actionsTitle} size="small" style={{ marginTop: 16 }}>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{t.noActions}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {actions.map(({ action, to }, i) => (
            <Button
              key={action}
              type={i === 0 ? 'primary' : 'default'}
              danger={DANGER.includes(action)}
              onClick={() => setOpen({ action, to })}
            >
              {t[action]}
            </Button>
          ))}
        </Flex>
      )}
      {open && (
        <TransitionDialog
          record={record}
          action={open.action}
          to={open.to}
          label={t[open.action]}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
