import { DownloadOutlined } from '@ant-design/icons';
import { useDataProvider } from '@refinedev/core';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useLang } from '../../i18n/lang';
import { reportXlsx, saveBlob } from './download';
import { useReportsText } from './text';

interface Props {
  /** The report's name in the registry (`appraisal`, `kpi`…). */
  name: string;
  query: Partial<Record<string, string>>;
  /** The file's name when the backend does not give one (default: title, period, branch). */
  fallbackName?: string;
  primary?: boolean;
}

/**
 * Downloads a report's xlsx for the query on screen. A failure is said beside the button (with
 * the backend's reason), not in a toast that vanishes.
 */
export function DownloadReportButton({ name, query, fallbackName, primary }: Props) {
  const t = useReportsText();
  const lang = useLang();
  const dataProvider = useDataProvider()();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const file = await reportXlsx(name, query, lang, dataProvider, fallbackName);
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      setFailure(`${t.downloadFailed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space>
      <Button
        type={primary ? 'primary' : 'default'}
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={() => void download()}
      >
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
