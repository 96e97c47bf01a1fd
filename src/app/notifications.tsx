import { UndoOutlined } from '@ant-design/icons';
import type { NotificationProvider } from '@refinedev/core';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * refine's notifications through antd's `App` (themed, in the current locale). Our own rather
 * than @refinedev/antd's `useNotificationProvider`: that package is a single module, so taking
 * one hook from it into the shell would bring all of it (layout, page headers, the markdown
 * field's parser) to the sign-in page. Same behaviour: refine's message is the notification's text.
 */
export function useConsoleNotifications(): NotificationProvider {
  const { notification } = App.useApp();
  const { t } = useTranslation();
  return {
    open({ key, message, description, type, cancelMutation, undoableTimeout }) {
      if (type !== 'progress') {
        notification.open({ key, description: message, message: description ?? null, type });
        return;
      }
      // An undoable mutation's countdown: refine re-opens it each second; `message` says the seconds left.
      notification.open({
        key,
        message: null,
        duration: 0,
        closeIcon: null,
        description: (
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <span>{message}</span>
            <Button
              aria-label={t('buttons.undo')}
              icon={<UndoOutlined />}
              disabled={undoableTimeout === 0}
              onClick={() => {
                cancelMutation?.();
                if (key) notification.destroy(key);
              }}
            />
          </Space>
        ),
      });
    },
    close: (key) => notification.destroy(key),
  };
}
