import { Link, useApiUrl, useCustom, useList, type HttpError } from '@refinedev/core';
import { Card, DatePicker, Flex, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CrudPage } from '../../crud/pages/CrudPage';
import { ErrorState } from '../../crud/pages/ListStates';
import type { RetakeOwed, TrainingPassFigures } from '../../domain/training';
import { shanghaiDate } from '../../schema/time';
import { trainingSummaryUrl } from './api';
import { useKpiText } from './text';

interface Summary {
  period: { from: string; to: string };
  byBranch: (TrainingPassFigures & { code: string | null; name: string | null })[];
  retakesOwed: RetakeOwed[];
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 培训合格率与补考: the first-attempt pass rate by branch in a period, and the retakes still owed. */
export default function TrainingPage() {
  const t = useKpiText();
  const apiUrl = useApiUrl();
  const [range, setRange] = useState(() => {
    const today = shanghaiDate(Date.now());
    return { from: `${today.slice(0, 4)}-01-01`, to: today };
  });
  const { query, result } = useCustom<Summary, HttpError>({
    url: `${apiUrl}${trainingSummaryUrl}`,
    method: 'get',
    config: { query: range },
    queryOptions: { queryKey: ['training-summary', range.from, range.to] },
    errorNotification: false,
  });
  const employees = useList<{ id: number; name: string; employeeNo: string }>({
    resource: 'employees',
    pagination: { mode: 'off' },
  });
  const sessions = useList<{ id: number; topic: string }>({
    resource: 'training-sessions',
    pagination: { mode: 'off' },
  });
  const name = new Map((employees.result?.data ?? []).map((e) => [e.id, `${e.name}（${e.employeeNo}）`]));
  const topic = new Map((sessions.result?.data ?? []).map((s) => [s.id, s.topic]));
  const data = query.isSuccess ? (result.data as Summary) : undefined;

  return (
    <CrudPage>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t.trainingTitle}
          </Typography.Title>
          <Flex gap={12} align="center">
            <DatePicker.RangePicker
              allowClear={false}
              value={[dayjs(range.from), dayjs(range.to)]}
              onChange={(v) => {
                const [a, b] = (v ?? []) as (Dayjs | null)[];
                if (a && b) setRange({ from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
              }}
            />
          </Flex>
        </Card>
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        <Card title={t.passRate} size="small">
          <Table
            rowKey="branchId"
            size="small"
            pagination={false}
            loading={query.isLoading}
            dataSource={data?.byBranch ?? []}
            columns={[
              {
                key: 'branch',
                title: t.branch,
                render: (_, r) => `${r.name ?? ''}（${r.code ?? r.branchId}）`,
              },
              { key: 'assessed', title: t.assessed, dataIndex: 'assessed', align: 'right' },
              { key: 'passed', title: t.passedFirstTime, dataIndex: 'passedFirstTime', align: 'right' },
              { key: 'rate', title: t.passRate, align: 'right', render: (_, r) => pct(r.passRate) },
              { key: 'retakes', title: t.retakes, dataIndex: 'retakes', align: 'right' },
              { key: 'owed', title: t.owed, dataIndex: 'retakesOwed', align: 'right' },
            ]}
          />
        </Card>
        <Card title={t.retakesOwedTitle} size="small">
          <Table<RetakeOwed>
            rowKey="assessmentId"
            size="small"
            loading={query.isLoading}
            dataSource={data?.retakesOwed ?? []}
            pagination={{ pageSize: 20 }}
            columns={[
              {
                key: 'employee',
                title: t.employee,
                render: (_, r) => name.get(r.employeeId) ?? r.employeeId,
              },
              {
                key: 'session',
                title: t.session,
                render: (_, r) => (
                  <Link to={`/training-sessions/show/${r.sessionId}`}>
                    {topic.get(r.sessionId) ?? r.sessionId}
                  </Link>
                ),
              },
              { key: 'heldOn', title: t.heldOn, dataIndex: 'heldOn' },
              { key: 'attempt', title: t.attempt, dataIndex: 'attempt', align: 'right' },
              {
                key: 'total',
                title: t.lastTotal,
                align: 'right',
                render: (_, r) => (
                  <Link to={`/training-assessments/show/${r.assessmentId}`}>{r.total ?? '—'}</Link>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </CrudPage>
  );
}
