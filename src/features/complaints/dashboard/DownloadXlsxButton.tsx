import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider } from '@refinedev/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { fetchReport, ReportRequestError, reportUrl } from '../../../dashboards/kit/http';
import { computeInBrowser } from '../../../dashboards/kit/useReport';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import { useLang } from '../../../i18n/lang';
import { useComplaintText } from '../text';
import { useDashboardText } from './text';

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** The download's name from `Content-Disposition` (RFC 5987 `filename*` first). */
function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

/**
 * Downloads the 投诉案件统计表 of the dashboard's filters with the on-screen figures' "as of"
 * instant, so the workbook's overdue counts are the ones shown. Built by the backend's report
 * route (signed in, in the console's language); when the backend has no such route, built in
 * the browser from the same definition. (The dashboard kit has no download button yet.)
 */
export function DownloadXlsxButton({ query, asOf }: { query: ReportQuery; asOf?: string }) {
  const t = useComplaintText();
  const d = useDashboardText();
  const lang = useLang();
  const dataProvider = useDataProvider()();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...query, ...(asOf ? { asOf } : {}) })) if (v) params[k] = v;

  const download = async () => {
    setBusy(true);
    try {
      try {
        const url = reportUrl(dataProvider.getApiUrl(), 'complaints', { ...params, format: 'xlsx' });
        const response = await fetchReport(url, lang);
        save(await response.blob(), fileNameOf(response) ?? 'complaints.xlsx');
      } catch (error) {
        if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
        const [{ buildWorkbookBlob }, { reportFileName, sheetsOf }] = await Promise.all([
          import('../../../../reports/core/xlsx/browser'),
          import('../../../../reports/core/run'),
        ]);
        const { definition, run } = await computeInBrowser('complaints', params, lang, dataProvider);
        const blob = await buildWorkbookBlob(sheetsOf(definition, run, lang), lang);
        save(blob, reportFileName(definition, run.params, lang, 'xlsx'));
      }
    } catch (error) {
      void message.error(`${d.downloadFailed}: ${error instanceof Error ? error.message : t.failed}`);
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
