import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { EXCLUDED_STATUSES, isHandled, isOverdue, type ComplaintStatus } from '../../domain/complaints';
import { formatShanghai } from '../../schema/time';
import type { ComplaintText } from '../../i18n/strings/complaints';
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
  return deadlineTag(complaint, nowMs, useComplaintText());
}

/** The tag as elements, the texts given: the list renders one per row without a component each. */
export function deadlineTag(complaint: DeadlineFacts, nowMs: number, t: ComplaintText): ReactNode {
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
