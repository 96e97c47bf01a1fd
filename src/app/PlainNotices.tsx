import type { OpenNotificationParams } from '@refinedev/core';
import { theme } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCrudText } from '../crud/text';

/** How long a notice stays, as antd's notifications (an undoable change's countdown: refine closes it). */
export const NOTICE_MS = 4500;

/**
 * refine's notifications as plain boxes in the window's top-right corner: what shows when antd's
 * notification code cannot be fetched (notifications.tsx). The words, the undo of an undoable
 * change and a way to close each one are all there; only the look is simpler. Like antd's, a
 * notice closes by itself after 4.5 s, but not while the pointer is on it or focus is in it.
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
        <Lasting key={notice.key ?? i} notice={notice} onClose={onClose}>
          <div
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
        </Lasting>
      ))}
    </div>
  );
}

/**
 * Closes a notice after `NOTICE_MS`, the time counted again from the start each time the pointer
 * or focus leaves it (a reader is not hurried). An undoable change's countdown is left to refine.
 */
function Lasting({
  notice,
  onClose,
  children,
}: {
  notice: OpenNotificationParams;
  onClose: (notice: OpenNotificationParams) => void;
  children: ReactNode;
}) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused || notice.type === 'progress';
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onClose(notice), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [held, notice, onClose]);
  return (
    <div
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {children}
    </div>
  );
}
