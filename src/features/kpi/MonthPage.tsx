import {
  Link,
  useApiUrl,
  useCan,
  useCustomMutation,
  useInvalidate,
  useList,
  useNotification,
  useParsed,
  type HttpError,
} from '@refinedev/core';
import { Alert, Button, Card, DatePicker, Flex, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CrudPage } from '../../crud/pages/CrudPage';
import { useLang } from '../../i18n/lang';
import { MONTHLY_APPRAISAL_STATUSES } from '../../resources/monthly-appraisals';
import { ROLE_GROUPS } from '../../resources/options';
import { isMonth, shanghaiMonth } from '../../schema/time';
import { openMonthUrl, type OpenAnswer } from './api';
import { DownloadKpiButton } from './DownloadKpiButton';
import { format, useKpiText } from './text';

interface AppraisalRow {
  id: number;
  employeeId: number;
  status: string;
  finalScore: number | null;
  grade: string | null;
}

interface EmployeeRow {
  id: number;
  name: string;
  employeeNo: string;
  roleGroup: string;
}

/**
 * 月度考核工作台: pick a month, open it (a self-assessment for every active employee, once), and
 * follow every appraisal of the month to its scoring page, with the counts by status.
 */
export default function MonthPage() {
  const t = useKpiText();
  const lang = useLang();
  const apiUrl = useApiUrl();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  // `?month=YYYY-MM` opens a given month (a link or a bookmark); else the current one.
  const { params } = useParsed<{ month?: string }>();
  const [month, setMonth] = useState(() =>
    params?.month && isMonth(params.month) && params.month <= shanghaiMonth(Date.now())
      ? params.month
      : shanghaiMonth(Date.now()),
  );
  const [opened, setOpened] = useState<OpenAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const mayOpen = useCan({ resource: 'monthly-appraisals', action: 'create' }).data?.can === true;
  const appraisals = useList<AppraisalRow>({
    resource: 'monthly-appraisals',
    filters: [{ field: 'month', operator: 'eq', value: month }],
    pagination: { mode: 'off' },
  });
  const employees = useList<EmployeeRow>({ resource: 'employees', pagination: { mode: 'off' } });
  const byId = new Map((employees.result?.data ?? []).map((e) => [e.id, e]));
  const rows = appraisals.result?.data ?? [];
  const { mutateAsync, mutation } = useCustomMutation<OpenAnswer, HttpError, { month: string }>();

  const openMonth = async () => {
    setFailure(null);
    try {
      const answer = await mutateAsync({
        url: `${apiUrl}${openMonthUrl}`,
        method: 'post',
        values: { month },
        successNotification: false,
        errorNotification: false,
      });
      setOpened(answer.data);
      open?.({
        type: 'success',
        message: format(t.opened, {
          month: answer.data.month,
          created: answer.data.created,
          existing: answer.data.existing,
        }),
      });
      await invalidate({ resource: 'monthly-appraisals', invalidates: ['list'] });
    } catch (e) {
      setFailure((e as HttpError).message || t.failed);
    }
  };

  const statusTag = (status: string) => {
    const o = MONTHLY_APPRAISAL_STATUSES.find((s) => s.value === status);
    return <Tag color={o?.color}>{o?.label[lang] ?? status}</Tag>;
  };
  const counts = MONTHLY_APPRAISAL_STATUSES.map((s) => ({
    ...s,
    n: rows.filter((r) => r.status === s.value).length,
  }));

  return (
    <CrudPage>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t.monthTitle}
          </Typography.Title>
          <Flex wrap gap={12} align="center">
            <label htmlFor="kpi-month">{t.month}</label>
            <DatePicker
              id="kpi-month"
              picker="month"
              allowClear={false}
              value={dayjs(`${month}-01`)}
              disabledDate={(d: Dayjs) => d.format('YYYY-MM') > shanghaiMonth(Date.now())}
              onChange={(d: Dayjs | null) => d && setMonth(d.format('YYYY-MM'))}
            />
            {mayOpen && (
              <Button type="primary" loading={mutation.isPending} onClick={() => void openMonth()}>
                {t.openMonth}
              </Button>
            )}
            <DownloadKpiButton query={{ month }} />
            {counts.map((c) => (
              <Tag key={c.value} color={c.color}>
                {c.label[lang]} {c.n}
              </Tag>
            ))}
          </Flex>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} />}
          {opened && opened.month === month && opened.skipped.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              message={format(t.skipped, { n: opened.skipped.length })}
            />
          )}
        </Card>
        <Card>
          <Table<AppraisalRow>
            rowKey="id"
            size="small"
            loading={appraisals.query.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 50 }}
            columns={[
              {
                key: 'employee',
                title: t.employee,
                render: (_, r) => {
                  const e = byId.get(r.employeeId);
                  return e ? `${e.name}（${e.employeeNo}）` : r.employeeId;
                },
              },
              {
                key: 'roleGroup',
                title: t.roleGroup,
                render: (_, r) => {
                  const g = byId.get(r.employeeId)?.roleGroup ?? '';
                  return ROLE_GROUPS.find((o) => o.value === g)?.label[lang] ?? g;
                },
              },
              { key: 'status', title: t.status, render: (_, r) => statusTag(r.status) },
              {
                key: 'finalScore',
                title: t.finalScore,
                align: 'right',
                render: (_, r) => r.finalScore ?? '—',
              },
              { key: 'grade', title: t.grade, render: (_, r) => r.grade ?? '—' },
              {
                key: 'open',
                title: '',
                render: (_, r) => <Link to={`/monthly-appraisals/show/${r.id}`}>{t.open}</Link>,
              },
            ]}
          />
        </Card>
      </Space>
    </CrudPage>
  );
}
