import type { OpenNotificationParams } from '@refinedev/core';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCrudText } from '../crud/text';

/**
 * refine's notifications as plain boxes in the window's top-right corner: what shows when antd's
 * notification code cannot be fetched (notifications.tsx). The words, the undo of an undoable
 * change and a way to close each one are all there; only the look is simpler.
 */
export function PlainNotices({
  notices,
  onClose,
}: {
  notices: readonly OpenNotificationParams[];
  onClose: (notice: OpenNotificationParams) => void;
}) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const text = useCrudText();
  return (
    <div style={{ position: 'fixed', top: 24, right: 24, zIndex: token.zIndexPopupBase + 10, width: 360 }}>
      {notices.map((notice, i) => (
        <div
          key={notice.key ?? i}
          role={notice.type === 'error' ? 'alert' : 'status'}
          style={{
            background: token.colorBgElevated,
            boxShadow: token.boxShadow,
            borderRadius: token.borderRadiusLG,
            borderLeft: `4px solid ${notice.type === 'error' ? token.colorError : token.colorSuccess}`,
            padding: '12px 16px',
            marginBottom: 12,
            display: 'flex',
            gap: 8,
            alignItems: 'flex-start',
          }}
        >
          <div style={{ flex: 1 }}>
            {notice.description && <strong style={{ display: 'block' }}>{notice.description}</strong>}
            <span>{notice.message}</span>
          </div>
          {notice.type === 'progress' && notice.cancelMutation && (
            <button
              type="button"
              onClick={() => {
                notice.cancelMutation?.();
                onClose(notice);
              }}
            >
              {t('buttons.undo')}
            </button>
          )}
          <button type="button" aria-label={text.closeNotice} onClick={() => onClose(notice)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
