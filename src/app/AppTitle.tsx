import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { TitleProps } from '@refinedev/core';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFollowLink } from '../crud/pages/useFollowLink';

/**
 * The console's name at the top of the menu, a link home; the icon alone when the menu is
 * folded (the link is named for screen readers either way, not by the icon). Not a heading:
 * each page's own title is its one `h1` (refine's ThemedTitle made this an `h1` too).
 */
export function AppTitle({ collapsed }: TitleProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const follow = useFollowLink();
  const name = t('common.appShortTitle');
  return (
    <a
      href="/"
      onClick={follow}
      aria-label={name}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        color: token.colorText,
        textDecoration: 'none',
      }}
    >
      <SafetyCertificateOutlined style={{ fontSize: 16, color: token.colorPrimary }} />
      {!collapsed && <strong style={{ fontSize: 14 }}>{name}</strong>}
    </a>
  );
}
