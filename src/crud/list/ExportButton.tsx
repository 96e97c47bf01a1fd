import { DownloadOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { useDataProvider, useNotification, type CrudFilter, type CrudSort } from '@refinedev/core';
import { Button, Dropdown, Space } from 'antd';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useLang } from '../../i18n/lang';
import type { FieldDef } from '../../schema/fields';
import type { ResourceDef } from '../../schema/resource';
import { useResourceLookup } from '../lookup';
import { SecondaryText } from '../plainText';
import type { ExportFormat } from './export/buildFile';
import { saveBlob } from './export/download';
import type { ExportStatus } from './export/runExport';
import { format, useListText, type ListText } from './text';

interface Props {
  resource: ResourceDef;
  /** The visible fields in the table's order. */
  fields: FieldDef[];
  filters: CrudFilter[];
  sorters: CrudSort[];
}

const loadProgressBar = () => import('./ExportProgressBar');
const ExportProgressBar = lazy(loadProgressBar);
// The export itself (reading every page, the xlsx/CSV writers' front, ~3 KB gzipped) loads when
// the menu opens, not with the list.
const loadExport = () => import('./export/runExport');

function statusText(status: ExportStatus, t: ListText): string {
  const figures = { done: status.done.toLocaleString('en-US'), total: status.total.toLocaleString('en-US') };
  if (status.phase === 'names') return t.exportNames;
  return format(status.phase === 'fetching' ? t.exportFetching : t.exportBuilding, figures);
}

/** Reading is the first half of the bar, building the second. */
function percentOf(status: ExportStatus): number {
  const part = status.total > 0 ? status.done / status.total : 0;
  const base = status.phase === 'fetching' ? 0 : status.phase === 'names' ? 50 : 55;
  const span = status.phase === 'fetching' ? 50 : status.phase === 'names' ? 0 : 45;
  return Math.min(100, Math.round(base + part * span));
}

/**
 * Export of the list as it is shown — current filters and sort, every page, the visible columns
 * in their order — to xlsx or CSV. While it runs, a progress bar with a cancel button replaces
 * the button; the page stays usable (reading is asynchronous, the file is built in a worker).
 */
export function ExportButton({ resource, fields, filters, sorters }: Props) {
  const t = useListText();
  const lang = useLang();
  const getProvider = useDataProvider();
  const lookup = useResourceLookup();
  const { open } = useNotification();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Leaving the page cancels a running export.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (fileFormat: ExportFormat) => {
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ phase: 'fetching', done: 0, total: 0 });
    try {
      const { runExport, exportFileName } = await loadExport();
      const { blob, rows } = await runExport({
        provider: getProvider(),
        resource,
        fields,
        filters,
        sorters,
        format: fileFormat,
        lang,
        lookup,
        signal: abort.signal,
        onStatus: setStatus,
      });
      if (rows === 0) {
        open?.({ type: 'error', message: t.exportEmpty, key: 'export' });
        return;
      }
      saveBlob(blob, exportFileName(resource.label[lang], fileFormat));
      open?.({ type: 'success', message: format(t.exportDone, { rows }), key: 'export' });
    } catch (error) {
      if (abort.signal.aborted) {
        open?.({ type: 'success', message: t.exportCancelled, key: 'export' });
      } else {
        const description = error instanceof Error ? error.message : undefined;
        open?.({ type: 'error', message: t.exportFailed, description, key: 'export' });
      }
    } finally {
      if (controller.current === abort) controller.current = null;
      setStatus(null);
    }
  };

  if (status) {
    const text = statusText(status, t);
    return (
      <Space role="status" aria-live="polite" aria-label={t.exportProgress}>
        {/* Until the bar's code is there (it starts loading when the menu opens): the figure. */}
        <Suspense fallback={<span>{percentOf(status)}%</span>}>
          <ExportProgressBar percent={percentOf(status)} label={t.exportProgress} />
        </Suspense>
        <SecondaryText style={{ whiteSpace: 'nowrap' }}>{text}</SecondaryText>
        <Button size="small" onClick={() => controller.current?.abort()}>
          {t.exportCancel}
        </Button>
      </Space>
    );
  }

  return (
    <Dropdown
      trigger={['click']}
      onOpenChange={(opened) => {
        if (!opened) return;
        void loadProgressBar().catch(() => undefined);
        void loadExport().catch(() => undefined);
      }}
      menu={{
        items: [
          { key: 'xlsx', icon: <FileExcelOutlined />, label: t.exportXlsx },
          { key: 'csv', icon: <FileTextOutlined />, label: t.exportCsv },
        ],
        onClick: ({ key }) => void start(key as ExportFormat),
      }}
    >
      <Button icon={<DownloadOutlined />} title={t.exportHint} aria-haspopup="menu">
        {t.export}
      </Button>
    </Dropdown>
  );
}
