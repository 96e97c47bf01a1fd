import { Layout, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { PaletteButton } from '../features/comforts/palette/PaletteButton';
import { ThemeSwitch } from '../features/comforts/ThemeSwitch';
import { AfterFirstPaint } from './firstPageFirst';
import { LanguageSwitch } from './LanguageSwitch';
import { useFoldMenuOnTablet } from './useFoldMenuOnTablet';
import { useWindowAtLeast } from './useWindowAtLeast';

export function Header() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const wide = useWindowAtLeast('lg');
  const medium = useWindowAtLeast('md');
  useFoldMenuOnTablet();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        // Below lg the menu is a drawer whose opening button is fixed at the top left, in the
        // header (ConsoleSider.tsx): the header leaves it room.
        padding: wide ? '0 24px' : '0 12px 0 64px',
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
      {/* On a tablet the long title gives its room to the controls. Cut by CSS: antd's
        Typography ellipsis measures the text after every render. */}
      <strong
        title={wide ? t('common.appTitle') : undefined}
        style={{
          minWidth: 0,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          color: token.colorText,
        }}
      >
        {wide ? t('common.appTitle') : ''}
      </strong>
      {/* After the first page's paint (firstPageFirst.tsx). */}
      <AfterFirstPaint>
        <Space size={medium ? 12 : 8}>
          <PaletteButton compact={!wide} />
          <ThemeSwitch />
          <LanguageSwitch />
        </Space>
      </AfterFirstPaint>
    </Layout.Header>
  );
}
