import { ThemedTitle } from '@refinedev/antd';
import type { TitleProps } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { SafetyCertificateOutlined } from '@ant-design/icons';

export function AppTitle({ collapsed }: TitleProps) {
  const { t } = useTranslation();
  return (
    <ThemedTitle
      collapsed={collapsed}
      text={t('common.appShortTitle')}
      icon={<SafetyCertificateOutlined />}
    />
  );
}
