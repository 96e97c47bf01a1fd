import { ReloadOutlined } from '@ant-design/icons';
import { useGetIdentity, useGo, useParsed } from '@refinedev/core';
import { Alert, Badge, Button, Card, Flex, Segmented, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { GenericList } from '../../../crud/pages';
import type { FollowUpRecord, FollowUpResult } from '../../../domain/followUps';
import { useLabel } from '../../../i18n/lang';
import { FOLLOW_UP_RESULTS } from '../../../resources/follow-ups';
import type { ResourceDef } from '../../../schema/resource';
import { shanghaiDate } from '../../../schema/time';
import { format, useSatisfactionText } from '../text';
import { DueTable } from './DueTable';
import { SuccessRates } from './SuccessRates';
import { useDueFollowUps, useRecordFollowUp } from './useDueFollowUps';

const VIEWS = ['today', 'overdue', 'rates', 'all'] as const;
type View = (typeof VIEWS)[number];

interface Me {
  role?: string;
  employeeId?: number | null;
}

/**
 * The follow-ups page (回访): what customer service has to call today and what is overdue —
 * their own calls or everyone's they may see — each recorded in two clicks; the month's
 * success rate by staff and by branch; and the generated list of every follow-up. It replaces
 * the generated list (not a page of its own) so that it opens under the follow-ups' own read
 * right, which customer service has. The view is kept in the URL (`?view=`).
 */
export function FollowUpsPage({ resource }: { resource: ResourceDef }) {
  const t = useSatisfactionText();
  const label = useLabel();
  const go = useGo();
  const { params } = useParsed<{ view?: string; month?: string }>();
  const view: View = VIEWS.includes(params?.view as View) ? (params?.view as View) : 'today';
  const setQuery = (query: Record<string, string>) =>
    go({ query, options: { keepQuery: true }, type: 'replace' });
  // The day is fixed when the page opens (a page left open overnight is refreshed by the button).
  const [today, setToday] = useState(() => shanghaiDate(Date.now()));
  const month = /^\d{4}-\d{2}$/.test(params?.month ?? '') ? (params?.month as string) : today.slice(0, 7);

  const { data: me } = useGetIdentity<Me>();
  const myId = typeof me?.employeeId === 'number' ? me.employeeId : null;
  const [scope, setScope] = useState<'mine' | 'all' | null>(null);
  const mineByDefault = me?.role === 'cs_staff' && myId !== null;
  const effective = scope ?? (mineByDefault ? 'mine' : 'all');
  const staffId = effective === 'mine' ? myId : null;
  const { due, query } = useDueFollowUps(today, staffId);
  const { record } = useRecordFollowUp();

  const onRecord = (row: FollowUpRecord, result: FollowUpResult) => {
    const o = FOLLOW_UP_RESULTS.find((x) => x.value === result);
    return record(row.id, result, format(t.recorded, { result: o ? label(o.label) : result }));
  };
  const refresh = () => {
    setToday(shanghaiDate(Date.now()));
    void query.refetch();
  };

  const dueBar = (
    <Flex align="center" gap={12} wrap style={{ marginBottom: 12 }}>
      {myId !== null ? (
        <Segmented<'mine' | 'all'>
          value={effective}
          onChange={setScope}
          options={[
            { value: 'mine', label: t.mine },
            { value: 'all', label: t.everyone },
          ]}
        />
      ) : (
        me?.role === 'cs_staff' && <Alert type="info" showIcon message={t.noEmployee} />
      )}
      <Typography.Text type="secondary" data-testid="as-of">
        {format(t.asOf, { day: today })}
      </Typography.Text>
      <Button icon={<ReloadOutlined />} onClick={refresh}>
        {t.refresh}
      </Button>
    </Flex>
  );

  const count = (n: number | undefined, danger = false) =>
    n === undefined ? null : (
      <Badge
        count={n}
        showZero
        color={danger && n > 0 ? '#ff4d4f' : '#8c8c8c'}
        style={{ marginInlineStart: 6 }}
      />
    );

  const dueTab = (overdue: boolean) => (
    <>
      {dueBar}
      {query.isError ? (
        <Alert type="error" showIcon message={query.error?.message} />
      ) : (
        <DueTable
          rows={(overdue ? due?.overdue : due?.dueToday) ?? []}
          today={due?.today ?? today}
          overdue={overdue}
          loading={query.isLoading}
          onRecord={onRecord}
        />
      )}
    </>
  );

  return (
    <div>
      <Card
        title={<span>{t.dueTitle}</span>}
        style={{ margin: view === 'all' ? '0 0 16px' : 0 }}
        styles={{ body: { paddingTop: 0 } }}
      >
        <Tabs
          activeKey={view}
          onChange={(key) => setQuery({ view: key })}
          items={[
            {
              key: 'today',
              label: (
                <span>
                  {t.dueToday}
                  {count(due?.dueToday.length)}
                </span>
              ),
              children: view === 'today' ? dueTab(false) : null,
            },
            {
              key: 'overdue',
              label: (
                <span>
                  {t.overdue}
                  {count(due?.overdue.length, true)}
                </span>
              ),
              children: view === 'overdue' ? dueTab(true) : null,
            },
            {
              key: 'rates',
              label: t.successRates,
              children:
                view === 'rates' ? (
                  <SuccessRates month={month} onMonth={(m) => setQuery({ month: m })} />
                ) : null,
            },
            { key: 'all', label: t.allFollowUps, children: null },
          ]}
        />
      </Card>
      {view === 'all' && <GenericList resource={resource} />}
    </div>
  );
}
