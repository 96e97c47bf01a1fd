import { DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import type { Labels } from '../../schema/labels';
import { useLabel } from '../../i18n/lang';
import { useReportsText } from './text';
import type { ReportQuery } from './useReportQuery';

export interface BranchOption {
  code: string;
  name: string;
}

/** A select of the page's own (a channel, a staff member…), kept in the URL under `key`. */
export interface ExtraFilter {
  key: string;
  label: Labels;
  options: { value: string; label: Labels }[];
}

interface Props {
  query: ReportQuery;
  onChange(next: ReportQuery): void;
  branches: BranchOption[];
  extra?: ExtraFilter[];
}

/**
 * The filters above a dashboard: a month or a date range (Shanghai calendar days), a branch,
 * and the page's own selects. Controlled: pair it with `useReportQuery`, which keeps the
 * values in the URL.
 */
export function ReportFilterBar({ query, onChange, branches, extra = [] }: Props) {
  const t = useReportsText();
  const label = useLabel();
  const id = useId();
  const byRange = !query.month && !!(query.from || query.to);

  return (
    <Space wrap role="group" aria-label={`${t.periodKind} · ${t.branch}`} style={{ marginBottom: 16 }}>
      <Segmented
        aria-label={t.periodKind}
        value={byRange ? 'range' : 'month'}
        options={[
          { value: 'month', label: t.byMonth },
          { value: 'range', label: t.byRange },
        ]}
        onChange={(v) => {
          if (v === 'month') onChange({ month: (query.from ?? dayjs().format('YYYY-MM-DD')).slice(0, 7) });
          else if (query.month)
            onChange({
              from: `${query.month}-01`,
              to: dayjs(`${query.month}-01`).endOf('month').format('YYYY-MM-DD'),
            });
        }}
      />
      {byRange ? (
        <DatePicker.RangePicker
          id={`${id}-range`}
          aria-label={t.range}
          allowClear={false}
          value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
      ) : (
        <DatePicker
          id={`${id}-month`}
          picker="month"
          aria-label={t.month}
          allowClear={false}
          value={query.month ? dayjs(`${query.month}-01`) : null}
          onChange={(value) => value && onChange({ month: value.format('YYYY-MM') })}
        />
      )}
      <Select
        aria-label={t.branch}
        style={{ minWidth: 180 }}
        value={query.branch ?? ''}
        options={[
          { value: '', label: t.allBranches },
          ...branches.map((b) => ({ value: b.code, label: b.name })),
        ]}
        onChange={(code: string) => onChange({ branch: code })}
      />
      {extra.map((f) => (
        <Select
          key={f.key}
          aria-label={label(f.label)}
          placeholder={label(f.label)}
          allowClear
          style={{ minWidth: 140 }}
          value={query[f.key]}
          options={f.options.map((o) => ({ value: o.value, label: label(o.label) }))}
          onChange={(value: string | undefined) => onChange({ [f.key]: value ?? '' })}
        />
      ))}
    </Space>
  );
}
