import { DownloadOutlined } from '@ant-design/icons';
import { useApiUrl } from '@refinedev/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useLang } from '../../../i18n/lang';
import type { DashboardFilters } from './filters';
import { reportXlsxUrl } from './useComplaintReport';
import { useComplaintText } from '../text';

/**
 * Downloads the 投诉案件统计表 of the dashboard's filters, built by the API from the same report
 * run as the figures on screen (local stand-in for the dashboard kit's download button).
 */
export function DownloadXlsxButton({ filters }: { filters: DashboardFilters }) {
  const t = useComplaintText();
  const lang = useLang();
  const apiUrl = useApiUrl();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(reportXlsxUrl(apiUrl, filters), {
        headers: { 'Accept-Language': lang === 'en' ? 'en-US' : 'zh-CN' },
      });
      if (!response.ok)
        throw new Error(((await response.json()) as { message?: string }).message ?? t.failed);
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name ? decodeURIComponent(name) : 'complaints.xlsx';
      a.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t.failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t.download}
    </Button>
  );
}
