import { Tag } from 'antd';
import { EXCLUDED_STATUSES, isHandled, isOverdue, type ComplaintStatus } from '../../domain/complaints';
import { formatShanghai } from '../../schema/time';
import { format, formatDuration, useComplaintText } from './text';

export interface DeadlineFacts {
  status: ComplaintStatus;
  resolveDueAt: string | null;
  resolvedAt: string | null;
}

/**
 * Where a complaint stands against its resolution deadline: the time left (orange under 24 h),
 * overdue by how long, or resolved on time / late — the same rule as the metrics' `isOverdue`.
 */
export function DeadlineTag({ complaint, nowMs }: { complaint: DeadlineFacts; nowMs: number }) {
  const t = useComplaintText();
  const { status, resolveDueAt, resolvedAt } = complaint;
  if (!resolveDueAt) return null;
  const due = formatShanghai(resolveDueAt);
  if (EXCLUDED_STATUSES.includes(status)) return <Tag>{t.ended}</Tag>;
  const overdue = isOverdue({ status, resolvedAt, resolveDueAt }, nowMs);
  if (isHandled({ resolvedAt })) {
    return (
      <Tag color={overdue ? 'red' : 'green'} title={due}>
        {overdue ? t.resolvedLate : t.resolvedOnTime}
      </Tag>
    );
  }
  const left = Date.parse(resolveDueAt) - nowMs;
  if (overdue) {
    return (
      <Tag color="red" title={due}>
        {format(t.overdueBy, { time: formatDuration(-left, t) })}
      </Tag>
    );
  }
  return (
    <Tag color={left <= 24 * 3_600_000 ? 'orange' : 'blue'} title={due}>
      {format(t.timeLeft, { time: formatDuration(left, t) })}
    </Tag>
  );
}
