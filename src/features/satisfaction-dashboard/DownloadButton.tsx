import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider } from '@refinedev/core';
import { App, Button } from 'antd';
import { useState } from 'react';
import { fetchReport, ReportRequestError, reportUrl } from '../../dashboards/kit/http';
import { computeInBrowser } from '../../dashboards/kit/useReport';
import type { ReportQuery } from '../../dashboards/kit/useReportQuery';
import { useLang } from '../../i18n/lang';
import { useDashboardText } from './text';

/** The file name the route's `Content-Disposition` gives (RFC 5987 form), if any. */
function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads the 满意度报表 of the dashboard's filters: the backend's streamed xlsx of the same
 * report run as the figures; without a report route (404), the workbook is built in the browser
 * from the same definition.
 */
export function DownloadButton({ query }: { query: ReportQuery }) {
  const t = useDashboardText();
  const lang = useLang();
  const dataProvider = useDataProvider()();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const defined = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1]));

  const download = async () => {
    setBusy(true);
    try {
      try {
        const url = reportUrl(dataProvider.getApiUrl(), 'satisfaction', { ...defined, format: 'xlsx' });
        const response = await fetchReport(url, lang);
        save(await response.blob(), fileNameOf(response) ?? 'satisfaction.xlsx');
      } catch (error) {
        if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
        const [{ definition, run }, { sheetsOf, reportFileName }, { buildWorkbookBlob }] = await Promise.all([
          computeInBrowser('satisfaction', defined, lang, dataProvider),
          import('../../../reports/core/run'),
          import('../../../reports/core/xlsx/browser'),
        ]);
        const blob = await buildWorkbookBlob(sheetsOf(definition, run, lang), lang);
        save(blob, reportFileName(definition, run.params, lang, 'xlsx'));
      }
    } catch (error) {
      void message.error(`${t.downloadFailed}：${error instanceof Error ? error.message : String(error)}`);
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
