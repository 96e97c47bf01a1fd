import { Card, Col, DatePicker, Form, Row, Select, Space, Statistic, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useList } from '@refinedev/core';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type {
  AppraisalReport,
  EmployeeJson,
  EscalationJson,
  TeamJson,
} from '../../../../reports/appraisal/result';
import { CrudPage } from '../../../crud/pages/CrudPage';
import { ChartTooltip } from '../../../dashboards/kit/ChartTooltip';
import { useReport } from '../../../dashboards/kit/useReport';
import { useReportQuery } from '../../../dashboards/kit/useReportQuery';
import { useLang } from '../../../i18n/lang';
import { RULE_CATEGORIES } from '../../../resources/appraisal-rules';
import { addMonths, shanghaiMonth } from '../../../schema/time';
import { format, useAppraisalText } from '../text';
import { DownloadButton } from './DownloadButton';
import { dayRuleEvents, employeeMonthEvents } from './eventsHref';
import { FigureCard } from './FigureCard';
import { headline, leaderboard, money, points, pointsByCategory } from './figures';

const CHART_HEIGHT = 240;
/** A leaderboard's bar chart: one readable row per employee, every name shown. */
const boardHeight = (rows: number) => Math.max(CHART_HEIGHT, rows * 28 + 40);

/**
 * 考核得分看板: a month of one branch or team — leaderboards of points and commission, points
 * by rule category, escalations, team collective points, the trend over recent months and the
 * month's best employees; every name opens the events behind its number. All figures come
 * from the `appraisal` report's JSON (the same computation as the json and the xlsx).
 */
export default function AppraisalDashboard() {
  const t = useAppraisalText();
  const lang = useLang();
  // The last complete month by default (the one finance pays); the filters live in the URL.
  // Read once, when the page opens: a render must not move the default month by itself.
  const [lastMonth] = useState(() => addMonths(shanghaiMonth(Date.now()), -1));
  const [query, setQuery] = useReportQuery(lastMonth);
  // A month report: a date range in the URL is read as the month of its first day.
  const month = query.month ?? (query.from ?? '').slice(0, 7);
  const params = { month, branch: query.branch || undefined, team: query.team || undefined };
  const report = useReport<AppraisalReport>('appraisal', params);
  const branches = useList({ resource: 'branches', pagination: { mode: 'off' } });
  const teams = useList({ resource: 'teams', pagination: { mode: 'off' } });
  const branchList = (branches.result?.data ?? []) as { id: number; code: string; name: string }[];
  const branchId = branchList.find((b) => b.code === params.branch)?.id;
  const teamOptions = ((teams.result?.data ?? []) as { id: number; name: string; branchId: number }[])
    .filter((tm) => branchId === undefined || tm.branchId === branchId)
    .map((tm) => ({
      value: tm.id,
      label: `${tm.name}（${branchList.find((b) => b.id === tm.branchId)?.code ?? ''}）`,
    }));
  const data = report.data;
  const common = { loading: report.loading, error: report.error ?? null, onRetry: report.refetch };
  const categoryLabel = (c: string) => RULE_CATEGORIES.find((o) => o.value === c)?.label[lang] ?? c;
  const teamName = new Map((data?.teams ?? []).map((tm) => [tm.teamId, tm.name]));

  const employeeLink = (e: EmployeeJson) => (
    <Link to={employeeMonthEvents(e.employeeId, data?.month ?? params.month)} title={t.openEvents}>
      {e.name}
    </Link>
  );
  const boardColumns = (by: 'points' | 'commissionYuan'): ColumnsType<EmployeeJson> => [
    { title: '#', key: 'rank', width: 40, render: (_, __, i) => i + 1 },
    { title: t.employee, key: 'name', render: (_, e) => employeeLink(e) },
    { title: t.team, key: 'team', render: (_, e) => e.teamName },
    by === 'points'
      ? { title: t.totalPoints, key: 'points', align: 'right', render: (_, e) => points(e.points) }
      : { title: t.commission, key: 'commission', align: 'right', render: (_, e) => money(e.commissionYuan) },
  ];
  const pointsBoard = data ? leaderboard(data, 'points') : [];
  const commissionBoard = data ? leaderboard(data, 'commissionYuan') : [];
  const categories = data
    ? pointsByCategory(data).map((c) => ({ ...c, label: categoryLabel(c.category) }))
    : [];
  const h = data ? headline(data) : undefined;

  return (
    <CrudPage>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t.dashboardTitle}
          </Typography.Title>
          <Form layout="inline">
            <Form.Item label={t.month} htmlFor="appraisal-month">
              <DatePicker
                id="appraisal-month"
                picker="month"
                allowClear={false}
                value={dayjs(`${params.month}-01`)}
                onChange={(d: Dayjs | null) => d && setQuery({ month: d.format('YYYY-MM') })}
              />
            </Form.Item>
            <Form.Item label={t.branch} htmlFor="appraisal-branch">
              <Select
                id="appraisal-branch"
                style={{ minWidth: 200 }}
                allowClear
                placeholder={t.allBranches}
                value={params.branch}
                options={branchList.map((b) => ({ value: b.code, label: `${b.code} ${b.name}` }))}
                onChange={(code?: string) => setQuery({ branch: code ?? '', team: '' })}
              />
            </Form.Item>
            <Form.Item label={t.team} htmlFor="appraisal-team">
              <Select
                id="appraisal-team"
                style={{ minWidth: 200 }}
                allowClear
                placeholder={t.allTeams}
                value={params.team === undefined ? undefined : Number(params.team)}
                options={teamOptions}
                onChange={(team?: number) => setQuery({ team: team === undefined ? '' : String(team) })}
              />
            </Form.Item>
            <Form.Item>
              <DownloadButton query={params} />
            </Form.Item>
          </Form>
          {data && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {format(t.rulesUsed, {
                count: data.rules.length,
                versioned: data.rules.filter((r) => r.versionUntil !== null).length,
              })}
            </Typography.Paragraph>
          )}
        </Card>

        {h && (
          <Row gutter={[16, 16]} role="group" aria-label={t.dashboardTitle}>
            {(
              [
                [t.headcount, String(h.headcount), 'headcount'],
                [t.totalPoints, points(h.points), 'points'],
                [t.totalCommission, money(h.commissionYuan), 'commission'],
                [t.totalPay, money(h.pay), 'pay'],
                [t.escalations, String(h.escalations), 'escalations'],
                [t.teamCollective, points(h.collectivePoints), 'collective'],
              ] as const
            ).map(([title, value, key]) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic
                    title={title}
                    value={value}
                    valueRender={() => <span data-testid={`headline-${key}`}>{value}</span>}
                  />
                </Card>
              </Col>
            ))}
          </Row>
        )}

        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <FigureCard<EmployeeJson>
              title={t.leaderboardPoints}
              {...common}
              rows={pointsBoard}
              rowKey={(e) => e.employeeId}
              columns={boardColumns('points')}
              chart={
                <ResponsiveContainer width="100%" height={boardHeight(pointsBoard.length)}>
                  <BarChart data={pointsBoard} layout="vertical" margin={{ left: 24 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis type="number" />
                    <YAxis type="category" dataKey="name" width={72} interval={0} />
                    <Tooltip />
                    <Bar isAnimationActive={false} dataKey="points" name={t.totalPoints} fill="#1677ff" />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          </Col>
          <Col xs={24} xl={12}>
            <FigureCard<EmployeeJson>
              title={t.leaderboardCommission}
              {...common}
              rows={commissionBoard}
              rowKey={(e) => e.employeeId}
              columns={boardColumns('commissionYuan')}
              chart={
                <ResponsiveContainer width="100%" height={boardHeight(commissionBoard.length)}>
                  <BarChart data={commissionBoard} layout="vertical" margin={{ left: 24 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis type="number" />
                    <YAxis type="category" dataKey="name" width={72} interval={0} />
                    <Tooltip content={<ChartTooltip kind="money" />} />
                    <Bar
                      isAnimationActive={false}
                      dataKey="commissionYuan"
                      name={t.commission}
                      fill="#faad14"
                    />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          </Col>
          <Col xs={24} xl={12}>
            <FigureCard
              title={t.byCategory}
              {...common}
              rows={categories}
              rowKey={(c) => c.category}
              columns={[
                { title: t.rule, key: 'category', render: (_, c) => c.label },
                {
                  title: t.individualPoints,
                  key: 'points',
                  align: 'right',
                  render: (_, c) => points(c.points),
                },
              ]}
              chart={
                <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
                  <BarChart data={categories}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis />
                    <Tooltip />
                    <Bar
                      isAnimationActive={false}
                      dataKey="points"
                      name={t.individualPoints}
                      fill="#722ed1"
                    />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          </Col>
          <Col xs={24} xl={12}>
            <FigureCard
              title={t.trend}
              {...common}
              rows={data?.trend ?? []}
              rowKey={(m) => m.month}
              columns={[
                { title: t.month, key: 'month', render: (_, m) => m.month },
                { title: t.totalPoints, key: 'points', align: 'right', render: (_, m) => points(m.points) },
                {
                  title: t.commission,
                  key: 'commission',
                  align: 'right',
                  render: (_, m) => money(m.commissionYuan),
                },
              ]}
              chart={
                <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
                  <LineChart data={data?.trend ?? []}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="month" />
                    <YAxis />
                    <Tooltip />
                    <Line isAnimationActive={false} dataKey="points" name={t.totalPoints} stroke="#1677ff" />
                  </LineChart>
                </ResponsiveContainer>
              }
            />
          </Col>
          <Col xs={24} xl={12}>
            <FigureCard<TeamJson>
              title={t.teamCollective}
              {...common}
              rows={data?.teams ?? []}
              rowKey={(tm) => tm.teamId}
              columns={[
                { title: t.team, key: 'name', render: (_, tm) => tm.name },
                { title: t.members, key: 'members', align: 'right', render: (_, tm) => tm.members },
                {
                  title: t.collectivePoints,
                  key: 'cp',
                  align: 'right',
                  render: (_, tm) => points(tm.collectivePoints),
                },
                {
                  title: t.collectiveYuan,
                  key: 'cy',
                  align: 'right',
                  render: (_, tm) => money(tm.collectiveYuan),
                },
                { title: t.escalations, key: 'esc', align: 'right', render: (_, tm) => tm.escalations },
              ]}
            />
          </Col>
          <Col xs={24} xl={12}>
            <FigureCard<EscalationJson>
              title={t.escalations}
              {...common}
              rows={data?.escalations ?? []}
              rowKey={(x) => `${x.employeeId}-${x.ruleId}-${x.date}`}
              columns={[
                { title: t.day, key: 'date', render: (_, x) => x.date },
                {
                  title: t.employee,
                  key: 'name',
                  render: (_, x) => (
                    <Link to={dayRuleEvents(x.employeeId, x.ruleId, x.date)} title={t.openEvents}>
                      {x.name}
                    </Link>
                  ),
                },
                { title: t.team, key: 'team', render: (_, x) => teamName.get(x.teamId) ?? '' },
                { title: t.rule, key: 'code', render: (_, x) => `${x.code} × ${x.count}` },
                {
                  title: t.individualPoints,
                  key: 'ip',
                  align: 'right',
                  render: (_, x) => points(x.individualPoints),
                },
                {
                  title: t.collectivePoints,
                  key: 'cp',
                  align: 'right',
                  render: (_, x) => points(x.collectivePoints),
                },
              ]}
            />
          </Col>
          <Col xs={24}>
            <FigureCard
              title={t.awards}
              {...common}
              rows={data?.awards ?? []}
              rowKey={(a) => `${a.teamId}-${a.rank}`}
              columns={[
                { title: t.team, key: 'team', render: (_, a) => teamName.get(a.teamId) ?? '' },
                { title: t.rank, key: 'rank', render: (_, a) => a.rank },
                { title: t.employee, key: 'name', render: (_, a) => a.name },
                { title: t.amount, key: 'amount', align: 'right', render: (_, a) => money(a.amount) },
              ]}
            />
          </Col>
          <Col xs={24}>
            <FigureCard<EmployeeJson>
              title={t.pay}
              {...common}
              rows={data?.employees ?? []}
              rowKey={(e) => e.employeeId}
              columns={[
                { title: t.employee, key: 'name', render: (_, e) => employeeLink(e) },
                { title: t.team, key: 'team', render: (_, e) => e.teamName },
                {
                  title: t.individualPoints,
                  key: 'ip',
                  align: 'right',
                  render: (_, e) => points(e.individualPoints),
                },
                {
                  title: t.collectivePoints,
                  key: 'cp',
                  align: 'right',
                  render: (_, e) => points(e.collectivePoints),
                },
                {
                  title: t.commission,
                  key: 'commission',
                  align: 'right',
                  render: (_, e) => money(e.commissionYuan),
                },
                {
                  title: t.pay,
                  key: 'pay',
                  align: 'right',
                  render: (_, e) => <span data-testid={`pay-${e.employeeId}`}>{money(e.pay)}</span>,
                },
              ]}
            />
          </Col>
        </Row>
      </Space>
    </CrudPage>
  );
}
