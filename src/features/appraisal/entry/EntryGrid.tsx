import { Alert, InputNumber, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { fromHundredths, type DailyGrid, type GridRule } from '../../../domain/appraisal';
import { useLang } from '../../../i18n/lang';
import { RULE_CATEGORIES } from '../../../resources/appraisal-rules';
import { format, useAppraisalText } from '../text';
import { applies, cellKey, runningTotals, type Counts } from './gridState';

interface Props {
  grid: DailyGrid;
  counts: Counts;
  onChange(employeeId: number, ruleId: number, count: number): void;
  /** Messages of the last save's refusal, by cell key. */
  cellErrors: Record<string, string>;
  disabled?: boolean;
}

type Row = { kind: 'rule'; rule: GridRule } | { kind: 'total' };

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The grid of one team's day: a row per rule, a column per member, a count in each cell the
 * rule applies to (typed, or stepped with the arrows and ↑/↓), and a last row with each
 * member's running points of the day; cells whose count reached the escalation are marked.
 */
export function EntryGrid({ grid, counts, onChange, cellErrors, disabled }: Props) {
  const t = useAppraisalText();
  const lang = useLang();
  const totals = useMemo(() => runningTotals(grid, counts), [grid, counts]);
  const categoryLabel = (c: string) => RULE_CATEGORIES.find((o) => o.value === c)?.label[lang] ?? c;

  const columns: ColumnsType<Row> = [
    {
      title: t.rule,
      key: 'rule',
      fixed: 'left',
      width: 260,
      render: (_, row) =>
        row.kind === 'total' ? (
          <Typography.Text strong>{t.dayPoints}</Typography.Text>
        ) : (
          <div>
            <Typography.Text>
              {row.rule.code} {row.rule.name}
            </Typography.Text>
            <div>
              <Tag>{categoryLabel(row.rule.category)}</Tag>
              <Typography.Text type="secondary">
                {signed(row.rule.points)}
                {row.rule.escalation &&
                  ` · ${format(t.escalationRule, {
                    threshold: row.rule.escalation.threshold,
                    individual: signed(row.rule.escalation.individualPoints),
                    collective: signed(row.rule.escalation.collectivePoints),
                  })}`}
              </Typography.Text>
            </div>
          </div>
        ),
    },
    ...grid.members.map((m) => ({
      title: (
        <span>
          {m.name}
          {m.isLeader && <Tag color="purple">{t.leader}</Tag>}
        </span>
      ),
      key: `m${m.employeeId}`,
      width: 130,
      render: (_: unknown, row: Row) => {
        const total = totals.get(m.employeeId);
        if (row.kind === 'total') {
          const points = fromHundredths(total?.pointsCenti ?? 0);
          const collective = fromHundredths(total?.collectiveCenti ?? 0);
          return (
            <div data-testid={`total-${m.employeeId}`}>
              <Typography.Text strong type={points < 0 ? 'danger' : undefined}>
                {signed(points)}
              </Typography.Text>
              {collective !== 0 && (
                <div>
                  <Typography.Text type="secondary">
                    {t.dayCollective} {signed(collective)}
                  </Typography.Text>
                </div>
              )}
            </div>
          );
        }
        const { rule } = row;
        if (!applies(grid, m.employeeId, rule.id))
          return <Typography.Text type="secondary">{t.notApplicable}</Typography.Text>;
        const key = cellKey(m.employeeId, rule.id);
        const escalated = total?.escalatedRuleIds.includes(rule.id) ?? false;
        const error = cellErrors[key];
        const input = (
          <InputNumber
            aria-label={format(t.cellLabel, { member: m.name, rule: `${rule.code} ${rule.name}` })}
            aria-invalid={error ? true : undefined}
            min={0}
            max={999}
            precision={0}
            size="small"
            style={{ width: 72 }}
            status={error ? 'error' : escalated ? 'warning' : undefined}
            disabled={disabled}
            value={counts[key] ?? 0}
            onChange={(v) => onChange(m.employeeId, rule.id, typeof v === 'number' ? v : 0)}
          />
        );
        return (
          <div>
            {error ? <Tooltip title={error}>{input}</Tooltip> : input}
            {escalated && (
              <Tag color="red" style={{ marginInlineStart: 4 }}>
                {t.escalated}
              </Tag>
            )}
            {error && (
              <div role="alert">
                <Typography.Text type="danger">{error}</Typography.Text>
              </div>
            )}
          </div>
        );
      },
    })),
  ];

  const rows: Row[] = [...grid.rules.map((rule): Row => ({ kind: 'rule', rule })), { kind: 'total' }];
  if (grid.members.length === 0) return <Alert type="info" showIcon message={t.noMembers} />;
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey={(row) => (row.kind === 'total' ? 'total' : `r${row.rule.id}`)}
      columns={columns}
      dataSource={rows}
    />
  );
}
