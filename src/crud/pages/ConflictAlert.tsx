import { Alert, Button, Space } from 'antd';
import { AUTH_TEXT } from '../../i18n/strings/auth';
import { useLang } from '../../i18n/lang';

/**
 * Shown when a save was refused because someone else saved the record first (409): nothing of
 * either edit is lost until the user chooses to reload the latest version or overwrite it.
 */
export function ConflictAlert({ onReload, onOverwrite }: { onReload: () => void; onOverwrite: () => void }) {
  const t = AUTH_TEXT[useLang()];
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={t.conflictTitle}
      description={
        <Space direction="vertical">
          <span>{t.conflictText}</span>
          <Space wrap>
            <Button onClick={onReload}>{t.conflictReload}</Button>
            <Button danger onClick={onOverwrite}>
              {t.conflictOverwrite}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
