import { useList, type BaseKey } from '@refinedev/core';
import { Card, Col, DatePicker, Empty, Flex, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { ReferenceName } from '../../../crud/references/ReferenceName';
import { ReferenceScope, referenceRequests } from '../../../crud/references/ReferenceScope';
import {
  summariseFollowUps,
  summariseFollowUpsBy,
  type FollowUpRecord,
  type FollowUpSummary,
} from '../../../domain/followUps';
import { followUps } from '../../../resources/follow-ups';
import { monthFirstDay, monthLastDay } from '../../../schema/time';
import { useSatisfactionText } from '../text';

interface Line extends FollowUpSummary {
  key: string;
  id: number | null;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

interface TableProps {
  lines: Line[];
  total: FollowUpSummary;
  resource: string;
  title: string;
  nameTitle: string;
}

function RateTable({ lines, total, resource, title, nameTitle }: TableProps) {
  const t = useSatisfactionText();
  return (
    <Card size="small" title={title}>
      <Table<Line>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={lines}
        columns={[
          {
            key: 'name',
            title: nameTitle,
            render: (_, l) =>
              l.id === null ? '—' : <ReferenceName resource={resource} id={l.id as BaseKey} />,
          },
          { key: 'due', title: t.due, dataIndex: 'due', align: 'right' },
          { key: 'done', title: t.done, dataIndex: 'done', align: 'right' },
          { key: 'reached', title: t.reached, dataIndex: 'reached', align: 'right' },
          {
            key: 'rate',
            title: t.rate,
            align: 'right',
            render: (_, l) => <span data-testid={`rate-${resource}-${l.key}`}>{percent(l.successRate)}</span>,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t.total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total.due}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {total.done}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {total.reached}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong data-testid={`rate-${resource}-total`}>
                {percent(total.successRate)}
              </Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}

function linesOf(map: Map<number | null, FollowUpSummary>): Line[] {
  return [...map]
    .map(([id, s]) => ({ ...s, id, key: String(id) }))
    .sort((a, b) => (b.successRate ?? -1) - (a.successRate ?? -1) || b.due - a.due);
}

/**
 * 回访成功率 of a month (DOMAIN §2): reached ÷ due, by dueOn, done or not — by staff and by
 * branch, over the follow-ups the user may see, computed by src/domain/followUps/metrics.ts.
 */
export function SuccessRates({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const t = useSatisfactionText();
  const { result, query } = useList<FollowUpRecord & { id: number }>({
    resource: 'follow-ups',
    pagination: { mode: 'off' },
    filters: [
      { field: 'dueOn', operator: 'gte', value: monthFirstDay(month) },
      { field: 'dueOn', operator: 'lte', value: monthLastDay(month) },
    ],
    errorNotification: false,
  });
  const rows = useMemo(() => (result.data ?? []) as FollowUpRecord[], [result.data]);
  const byStaff = useMemo(() => linesOf(summariseFollowUpsBy(rows, (f) => f.staffId ?? null)), [rows]);
  const byBranch = useMemo(() => linesOf(summariseFollowUpsBy(rows, (f) => f.branchId)), [rows]);
  const total = useMemo(() => summariseFollowUps(rows), [rows]);
  const requests = useMemo(
    () => referenceRequests(followUps.fields, rows as unknown as Record<string, unknown>[]),
    [rows],
  );
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={12} wrap>
        <Typography.Text>{t.month}</Typography.Text>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t.month}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && onMonth(d.format('YYYY-MM'))}
        />
        <Typography.Text type="secondary">{t.rateNote}</Typography.Text>
      </Flex>
      {!query.isLoading && rows.length === 0 ? (
        <Empty description={t.noneInMonth} />
      ) : (
        <ReferenceScope requests={requests}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <RateTable
                lines={byStaff}
                total={total}
                resource="employees"
                title={t.byStaff}
                nameTitle={t.staff}
              />
            </Col>
            <Col xs={24} lg={12}>
              <RateTable
                lines={byBranch}
                total={total}
                resource="branches"
                title={t.byBranch}
                nameTitle={t.branch}
              />
            </Col>
          </Row>
        </ReferenceScope>
      )}
    </Flex>
  );
}
