import { Grid, Layout, Space, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PaletteButton } from '../features/comforts/palette/PaletteButton';
import { ThemeSwitch } from '../features/comforts/ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { useFoldMenuOnTablet } from './useFoldMenuOnTablet';

export function Header() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  useFoldMenuOnTablet();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        // Below lg refine's sider is a drawer whose opening button is fixed at the top left:
        // it sits in the header (see the style below), so the header leaves it room.
        padding: screens.lg ? '0 24px' : '0 12px 0 64px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {/* antd drops the outline of focused links (menu entries too): a keyboard user must see
        where they are, so links get a ring for keyboard focus only. */}
      <style>{`a:focus-visible, .ant-menu-item:focus-visible { outline: 2px solid ${token.colorPrimary}; outline-offset: -2px; border-radius: ${token.borderRadiusSM}px; }`}</style>
      {!screens.lg && (
        <style>{`.ant-layout > button.ant-btn[style*="position: fixed"] { top: 12px !important; left: 12px; border-radius: ${token.borderRadius}px !important; }`}</style>
      )}
      {/* On a tablet the long title gives its room to the controls. */}
      <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
        {screens.lg ? t('common.appTitle') : ''}
      </Typography.Text>
      <Space size={screens.md ? 12 : 8}>
        <PaletteButton compact={!screens.lg} />
        <ThemeSwitch />
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
}
