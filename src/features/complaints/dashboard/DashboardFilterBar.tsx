import { useList, type BaseRecord } from '@refinedev/core';
import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { COMPLAINT_CATEGORIES } from '../../../resources/complaints';
import { SEVERITIES } from '../../../resources/options';
import { useLang } from '../../../i18n/lang';
import { useComplaintText } from '../text';
import type { DashboardFilters } from './filters';

/** Period (months of receipt), branch, category and severity; every change goes to the URL. */
export function DashboardFilterBar({
  filters,
  onChange,
}: {
  filters: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
}) {
  const t = useComplaintText();
  const lang = useLang();
  const { result } = useList<BaseRecord>({
    resource: 'branches',
    pagination: { mode: 'off' },
    errorNotification: false,
  });
  const branches = result.data ?? [];
  return (
    <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
      <DatePicker.RangePicker
        picker="month"
        aria-label={t.period}
        allowClear={false}
        value={[dayjs(`${filters.fromMonth}-01`), dayjs(`${filters.toMonth}-01`)]}
        onChange={(range) => {
          if (range?.[0] && range[1])
            onChange({
              ...filters,
              fromMonth: range[0].format('YYYY-MM'),
              toMonth: range[1].format('YYYY-MM'),
            });
        }}
      />
      <Select
        aria-label={t.branch}
        style={{ minWidth: 200 }}
        allowClear
        placeholder={t.allBranches}
        value={filters.branch}
        onChange={(v?: string) => onChange({ ...filters, branch: v })}
        options={branches.map((b) => ({
          value: String(b.code),
          label: `${String(b.code)} ${String(b.name)}`,
        }))}
      />
      <Select
        aria-label={t.category}
        style={{ minWidth: 160 }}
        allowClear
        placeholder={`${t.category}：${t.all}`}
        value={filters.category}
        onChange={(v?: string) => onChange({ ...filters, category: v })}
        options={COMPLAINT_CATEGORIES.map((o) => ({ value: o.value, label: o.label[lang] }))}
      />
      <Select
        aria-label={t.severity}
        style={{ minWidth: 140 }}
        allowClear
        placeholder={`${t.severity}：${t.all}`}
        value={filters.severity}
        onChange={(v?: string) => onChange({ ...filters, severity: v })}
        options={SEVERITIES.map((o) => ({ value: o.value, label: o.label[lang] }))}
      />
    </Flex>
  );
}
