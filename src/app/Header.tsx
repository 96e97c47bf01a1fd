import { Grid, Layout, Space, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PaletteButton } from '../features/comforts/palette/PaletteButton';
import { ThemeSwitch } from '../features/comforts/ThemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        padding: screens.md ? '0 24px' : '0 12px',
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
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
