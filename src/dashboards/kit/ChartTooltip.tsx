import type { ReactNode } from 'react';
import { useLang } from '../../i18n/lang';
import { formatValue, type ValueKind } from './format';

/** What recharts hands a custom tooltip (`<Tooltip content={<ChartTooltip kind="percent" />} />`). */
interface TooltipEntry {
  name?: ReactNode;
  value?: unknown;
  color?: string;
  dataKey?: unknown;
}

interface Props {
  /** How values are shown; per series name when the series differ (a count and a rate). */
  kind: ValueKind | Record<string, ValueKind>;
  active?: boolean;
  payload?: TooltipEntry[];
  label?: ReactNode;
  /** Formats the label (e.g. a branch code → name). */
  labelFormatter?(label: ReactNode): ReactNode;
}

/**
 * A chart tooltip with exact values and their units (12.3%, ¥1,234.50, 87.3, 5.2 小时), "—"
 * for a missing one. recharts fills `active`, `payload` and `label`; it is not imported here,
 * so the kit stays out of the first-load bundle.
 */
export function ChartTooltip({ kind, active, payload, label, labelFormatter }: Props) {
  const lang = useLang();
  if (!active || !payload || payload.length === 0) return null;
  return (
    <div
      role="tooltip"
      style={{ background: '#fff', border: '1px solid #d9d9d9', borderRadius: 6, padding: '6px 10px' }}
    >
      {label !== undefined && (
        <div style={{ fontWeight: 600, marginBottom: 4 }}>
          {labelFormatter ? labelFormatter(label) : label}
        </div>
      )}
      {payload.map((entry, i) => {
        const series = String(entry.dataKey ?? entry.name ?? i);
        const k = typeof kind === 'string' ? kind : (kind[series] ?? 'count');
        const value = typeof entry.value === 'number' ? entry.value : null;
        return (
          <div key={series} style={{ color: entry.color }}>
            {entry.name}: <strong>{formatValue(k, value, lang)}</strong>
          </div>
        );
      })}
    </div>
  );
}
