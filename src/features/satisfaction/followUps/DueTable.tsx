import { Link, useNavigation } from '@refinedev/core';
import { Empty, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { ReferenceName } from '../../../crud/references/ReferenceName';
import { ReferenceScope, referenceRequests } from '../../../crud/references/ReferenceScope';
import type { FollowUpRecord, FollowUpResult } from '../../../domain/followUps';
import { useLabel } from '../../../i18n/lang';
import { FOLLOW_UP_METHODS, FOLLOW_UP_SUBJECTS, followUps } from '../../../resources/follow-ups';
import { daysBetween } from './days';
import { format, useSatisfactionText } from '../text';
import { RecordButtons } from './RecordButtons';

/** The record a follow-up is about (its subject type is the resource's singular). */
const SUBJECT_RESOURCE: Record<string, string> = {
  'care-record': 'care-records',
  contract: 'contracts',
  complaint: 'complaints',
};

interface Props {
  rows: FollowUpRecord[];
  today: string;
  overdue: boolean;
  loading: boolean;
  onRecord: (row: FollowUpRecord, result: FollowUpResult) => Promise<unknown>;
}

/** One due list: who to call, about what, since when, and the two-click result. */
export function DueTable({ rows, today, overdue, loading, onRecord }: Props) {
  const t = useSatisfactionText();
  const label = useLabel();
  const { showUrl } = useNavigation();
  const requests = useMemo(
    () => referenceRequests(followUps.fields, rows as unknown as Record<string, unknown>[]),
    [rows],
  );
  const option = (list: typeof FOLLOW_UP_SUBJECTS, value: unknown) => list.find((o) => o.value === value);
  return (
    <ReferenceScope requests={requests}>
      <Table<FollowUpRecord>
        size="middle"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={overdue ? t.emptyOverdue : t.emptyToday} /> }}
        columns={[
          {
            key: 'customer',
            title: t.customer,
            render: (_, r) => <ReferenceName resource="customers" id={r.customerId} />,
          },
          {
            key: 'subject',
            title: t.subject,
            render: (_, r) => {
              const o = option(FOLLOW_UP_SUBJECTS, r.subjectType);
              const tag = <Tag color={o?.color}>{o ? label(o.label) : r.subjectType}</Tag>;
              const url = showUrl(SUBJECT_RESOURCE[r.subjectType] ?? '', r.subjectId);
              return url ? (
                <Link to={url}>
                  {tag}#{r.subjectId}
                </Link>
              ) : (
                tag
              );
            },
          },
          {
            key: 'branch',
            title: t.branch,
            render: (_, r) => <ReferenceName resource="branches" id={r.branchId} />,
          },
          {
            key: 'staff',
            title: t.staff,
            render: (_, r) => <ReferenceName resource="employees" id={r.staffId} />,
          },
          {
            key: 'dueOn',
            title: t.dueOn,
            render: (_, r) => (
              <>
                <Link to={showUrl('follow-ups', r.id)}>{r.dueOn}</Link>
                {overdue && (
                  <Typography.Text type="danger" style={{ marginInlineStart: 8 }}>
                    {format(t.lateBy, { n: daysBetween(r.dueOn, today) })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'method',
            title: t.method,
            render: (_, r) => {
              const o = option(FOLLOW_UP_METHODS, r.method);
              return o ? label(o.label) : '—';
            },
          },
          {
            key: 'record',
            title: t.record,
            render: (_, r) => <RecordButtons what={`#${r.id}`} onRecord={(result) => onRecord(r, result)} />,
          },
        ]}
      />
    </ReferenceScope>
  );
}
