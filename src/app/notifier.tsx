import { UndoOutlined } from '@ant-design/icons';
import { Button, notification, Space } from 'antd';
import type { NotificationInstance } from 'antd/es/notification/interface';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationRequest, ShowNotification } from './notifications';

/** One request of refine's on antd's notification API. */
function show(api: NotificationInstance, undoLabel: string, request: NotificationRequest): void {
  if (request.kind === 'close') {
    api.destroy(request.key);
    return;
  }
  const { key, message, description, type, cancelMutation, undoableTimeout } = request.params;
  if (type !== 'progress') {
    api.open({ key, description: message, message: description ?? null, type });
    return;
  }
  // An undoable mutation's countdown: refine re-opens it each second; `message` says the seconds left.
  api.open({
    key,
    message: null,
    duration: 0,
    closeIcon: null,
    description: (
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <span>{message}</span>
        <Button
          aria-label={undoLabel}
          icon={<UndoOutlined />}
          disabled={undoableTimeout === 0}
          onClick={() => {
            cancelMutation?.();
            if (key) api.destroy(key);
          }}
        />
      </Space>
    ),
  });
}

/**
 * antd's notifications, loaded with the first one (NotificationsHost): renders their holder
 * (themed by the enclosing ConfigProvider) and hands the host the function that shows them.
 */
export default function Notifier({ onReady }: { onReady: (show: ShowNotification) => void }) {
  const [api, holder] = notification.useNotification();
  const { t } = useTranslation();
  const undoLabel = t('buttons.undo');
  useEffect(() => onReady((request) => show(api, undoLabel, request)), [api, undoLabel, onReady]);
  return holder;
}
