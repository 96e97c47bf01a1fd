import type { CrudFilter } from '@refinedev/core';
import { Flex } from 'antd';
import { useId } from 'react';
import { useSecondaryReady } from '../../app/firstPageFirst';
import { ButtonStandIn, SelectStandIn } from '../../app/standIns';
import { LinkButton } from '../../crud/pages/LinkButton';
import { SecondaryText } from '../../crud/plainText';
import { ReferenceSelect } from '../../crud/references/ReferenceSelect';
import { complaintListHref, dueSoonFilters, handlerFilter, openFilter, overdueFilters } from './links';
import { useComplaintText } from './text';
import { useMyEmployee } from './useMyEmployee';

/**
 * One-click views of the complaint list: all, mine (the handler's), in progress, overdue and
 * due within 24 hours. Each is a link with the filters in the URL, so it can be bookmarked;
 * "overdue" and "due soon" are computed from `nowMs` when clicked.
 */
export function QuickFilters({ nowMs }: { nowMs: number }) {
  const t = useComplaintText();
  const me = useMyEmployee();
  const labelId = useId();
  // The buttons and the select mount after the first page's paint (firstPageFirst.tsx).
  const ready = useSecondaryReady();
  const views: { key: string; label: string; filters: CrudFilter[] | null }[] = [
    { key: 'all', label: t.quickAll, filters: [] },
    { key: 'mine', label: t.quickMine, filters: me.employeeId ? [handlerFilter(me.employeeId)] : null },
    { key: 'open', label: t.quickOpen, filters: [openFilter] },
    { key: 'overdue', label: t.quickOverdue, filters: overdueFilters(nowMs) },
    { key: 'due24h', label: t.quickDue24h, filters: dueSoonFilters(nowMs) },
  ];
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} role="group" aria-labelledby={labelId}>
      <SecondaryText id={labelId}>{t.quickFilters}</SecondaryText>
      {views.map((v) =>
        !ready ? (
          <ButtonStandIn key={v.key} small disabled={!v.filters}>
            {v.label}
          </ButtonStandIn>
        ) : (
          <LinkButton
            key={v.key}
            size="small"
            to={v.filters ? complaintListHref(v.filters) : '#'}
            disabled={!v.filters}
          >
            {v.label}
          </LinkButton>
        ),
      )}
      {!me.fromLogin && (
        <Flex gap={4} align="center">
          <SecondaryText>{t.myHandler}</SecondaryText>
          {!ready ? (
            <SelectStandIn
              placeholder={me.employeeId ? undefined : t.myHandlerHint}
              style={{ minWidth: 220 }}
            />
          ) : (
            <ReferenceSelect
              resource="employees"
              value={me.employeeId ?? undefined}
              onChange={(id) => me.choose(typeof id === 'number' ? id : id === null ? null : Number(id))}
              allowClear
              aria-label={t.myHandlerHint}
              placeholder={t.myHandlerHint}
              style={{ minWidth: 220 }}
            />
          )}
        </Flex>
      )}
    </Flex>
  );
}
