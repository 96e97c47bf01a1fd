import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider } from '@refinedev/core';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useReportsText } from '../../dashboards/kit/text';
import { useLang } from '../../i18n/lang';
import { kpiXlsx, saveBlob } from './download';

/** Downloads the kpi report of a month or a year; a failure is said beside the button. */
export function DownloadKpiButton({ query }: { query: { month?: string; year?: string } }) {
  const t = useReportsText();
  const lang = useLang();
  const dataProvider = useDataProvider()();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      saveBlob(await kpiXlsx(query, lang, dataProvider));
    } catch (error) {
      setFailure(`${t.downloadFailed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
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
