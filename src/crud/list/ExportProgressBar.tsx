import { Progress } from 'antd';

/*
 * The export's progress bar, in a module of its own: antd's Progress (~5 KB gzipped) is loaded
 * when the export menu opens, not with every list (ExportButton.tsx).
 */
export default function ExportProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <Progress
      percent={percent}
      size="small"
      style={{ width: 120, margin: 0 }}
      status="active"
      aria-label={label}
    />
  );
}
