import { Card, Tag, Timeline, Typography } from 'antd';
import type { HistoryEntry } from '../../domain/complaints';
import { useLang } from '../../i18n/lang';
import { readSession } from '../../providers/session';
import { COMPLAINT_STATUSES } from '../../resources/options';
import { formatShanghai } from '../../schema/time';
import { format, useComplaintText } from './text';

/** The complaint's `history` as a timeline: when, from → to, who, and the note. */
export function ComplaintTimeline({ history }: { history: HistoryEntry[] }) {
  const t = useComplaintText();
  const lang = useLang();
  const option = (status: string | null) => COMPLAINT_STATUSES.find((o) => o.value === status);
  // Other users' names are not readable by every role: the signed-in user's own steps get a name.
  const me = readSession()?.user;
  const who = (id: number) => (me && me.id === id ? me.displayName : format(t.by, { id }));
  return (
    <Card title={t.timeline} size="small" style={{ marginTop: 16 }}>
      <Timeline
        items={history.map((h, i) => {
          const to = option(h.to);
          const from = option(h.from);
          return {
            key: `${h.at}-${i}`,
            color: to?.color === 'default' ? 'gray' : (to?.color ?? 'blue'),
            children: (
              <div>
                <Typography.Text strong>
                  <time dateTime={h.at}>{formatShanghai(h.at)}</time>
                </Typography.Text>{' '}
                {from && (
                  <>
                    <Tag>{from.label[lang]}</Tag>→{' '}
                  </>
                )}
                <Tag color={to?.color}>{to?.label[lang] ?? h.to}</Tag>
                {h.byUserId !== null && <Typography.Text type="secondary">{who(h.byUserId)}</Typography.Text>}
                {h.note && <div>{h.note}</div>}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
