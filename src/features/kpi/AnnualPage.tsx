import { useApiUrl, useCan, useCustomMutation, useNotification, type HttpError } from '@refinedev/core';
import { Alert, Button, Card, DatePicker, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CrudPage } from '../../crud/pages/CrudPage';
import { useReport } from '../../dashboards/kit/useReport';
import type { KpiReport, KpiReportRow } from '../../domain/kpi/report';
import { useLang } from '../../i18n/lang';
import { ROLE_GROUPS } from '../../resources/options';
import { shanghaiDate } from '../../schema/time';
import { computeYearUrl } from './api';
import { DownloadKpiButton } from './DownloadKpiButton';
import { format, useKpiText } from './text';

/**
 * 年度考核等级: the kpi report of a year (mean of the confirmed months plus the adjustment, the
 * grade and bonus coefficient), and the action that records the year's annual appraisals.
 */
export default function AnnualPage() {
  const t = useKpiText();
  const lang = useLang();
  const apiUrl = useApiUrl();
  const { open } = useNotification();
  const [year, setYear] = useState(() => shanghaiDate(Date.now()).slice(0, 4));
  const [failure, setFailure] = useState<string | null>(null);
  const report = useReport<KpiReport>('kpi', { year });
  const mayCompute = useCan({ resource: 'annual-appraisals', action: 'create' }).data?.can === true;
  const { mutateAsync, mutation } = useCustomMutation<
    { created: number; updated: number },
    HttpError,
    { year: number }
  >();

  const compute = async () => {
    setFailure(null);
    try {
      const answer = await mutateAsync({
        url: `${apiUrl}${computeYearUrl}`,
        method: 'post',
        values: { year: Number(year) },
        successNotification: false,
        errorNotification: false,
      });
      open?.({ type: 'success', message: format(t.computed, { year, ...answer.data }) });
      report.refetch();
    } catch (e) {
      setFailure((e as HttpError).message || t.failed);
    }
  };

  const rows = report.data?.employees ?? [];
  return (
    <CrudPage>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t.annualTitle}
          </Typography.Title>
          <Flex wrap gap={12} align="center">
            <label htmlFor="kpi-year">{t.year}</label>
            <DatePicker
              id="kpi-year"
              picker="year"
              allowClear={false}
              value={dayjs(`${year}-01-01`)}
              onChange={(d: Dayjs | null) => d && setYear(d.format('YYYY'))}
            />
            {mayCompute && (
              <Button type="primary" loading={mutation.isPending} onClick={() => void compute()}>
                {t.computeYear}
              </Button>
            )}
            <DownloadKpiButton query={{ year }} />
            {report.data &&
              Object.entries(report.data.byGrade).map(([g, n]) => (
                <Tag key={g}>
                  {g === 'none' ? t.none : g} {n}
                </Tag>
              ))}
          </Flex>
          {(failure || report.error) && (
            <Alert
              type="error"
              showIcon
              message={failure ?? report.error?.message}
              style={{ marginTop: 12 }}
            />
          )}
        </Card>
        <Card>
          <Table<KpiReportRow>
            rowKey="employeeId"
            size="small"
            loading={report.loading}
            dataSource={rows}
            pagination={{ pageSize: 50 }}
            columns={[
              { key: 'branch', title: t.branch, dataIndex: 'branchCode' },
              { key: 'employee', title: t.employee, render: (_, r) => `${r.name}（${r.employeeNo}）` },
              {
                key: 'roleGroup',
                title: t.roleGroup,
                render: (_, r) =>
                  ROLE_GROUPS.find((o) => o.value === r.roleGroup)?.label[lang] ?? r.roleGroup,
              },
              { key: 'months', title: t.month, align: 'right', render: (_, r) => r.months ?? '' },
              { key: 'mean', title: t.monthlyMean, align: 'right', render: (_, r) => r.monthlyMean ?? '—' },
              { key: 'adjustment', title: t.adjustment, align: 'right', render: (_, r) => r.adjustment ?? 0 },
              { key: 'final', title: t.finalScore, align: 'right', render: (_, r) => r.finalScore ?? '—' },
              { key: 'grade', title: t.grade, render: (_, r) => r.grade ?? '—' },
              {
                key: 'coefficient',
                title: t.coefficient,
                align: 'right',
                render: (_, r) => r.bonusCoefficient ?? '—',
              },
            ]}
          />
        </Card>
      </Space>
    </CrudPage>
  );
}
