import { Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: '0 24px',
        background: 'var(--ant-color-bg-container, #fff)',
        borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      <Typography.Text strong>{t('common.appTitle')}</Typography.Text>
      <Space>
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
}
