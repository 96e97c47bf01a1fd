import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider } from '@refinedev/core';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useReportsText } from '../../../dashboards/kit/text';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import { useLang } from '../../../i18n/lang';
import { appraisalXlsx, saveFile } from './download';

/**
 * Downloads the 考核得分表 (xlsx) of the month, branch and team the dashboard shows. A failure
 * is said beside the button (with the backend's reason), not in a toast that vanishes.
 */
export function DownloadButton({ query }: { query: ReportQuery }) {
  const t = useReportsText();
  const lang = useLang();
  const dataProvider = useDataProvider()();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      saveFile(await appraisalXlsx(query, lang, dataProvider));
    } catch (error) {
      setFailure(`${t.downloadFailed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
        {t.download}
      </Button>
      {failure && (
        <Typography.Text type="danger" role="alert">
          {failure}
        </Typography.Text>
      )}
    </Space>
  );
}
