import { Link } from '@refinedev/core';
import { Flex, Space, Statistic, Tag, Typography } from 'antd';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../dashboards/kit/ChartCard';
import { ChartTooltip } from '../../dashboards/kit/ChartTooltip';
import { formatPercent, formatScore } from '../../dashboards/kit/format';
import type { ReportState } from '../../dashboards/kit/useReport';
import type { SatisfactionReport } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { COLORS, SMALL_SAMPLE_COLOR } from './FigureTooltip';
import { format, useDashboardText } from './text';

const HEIGHT = 320;

/** NPS and the shares of promoters, passives and detractors among the responses with an NPS answer. */
export function NpsChart({ report, href }: { report: ReportState<SatisfactionReport>; href: string }) {
  const t = useDashboardText();
  const lang = useLang();
  const o = report.data?.overall;
  const small = o?.smallSample ?? false;
  // Greyed on a small sample, in three tones so the shares stay apart.
  const GREYS = { promoters: '#8c8c8c', passives: SMALL_SAMPLE_COLOR, detractors: '#595959' };
  const color = (k: keyof typeof GREYS) => (small ? GREYS[k] : COLORS[k]);
  const row = { label: t.nps, promoters: o?.promoters, passives: o?.passives, detractors: o?.detractors };
  return (
    <ChartCard
      title={t.npsShares}
      loading={report.loading}
      error={report.error}
      onRetry={report.refetch}
      empty={!o || o.npsAnswers === 0}
      height={HEIGHT}
      extra={<Link to={href}>{t.openList}</Link>}
      summary={`${t.nps} ${formatScore(o?.nps, lang)}`}
      table={{
        columns: [
          { key: 'nps', title: t.nps },
          { key: 'promoters', title: t.promoters },
          { key: 'passives', title: t.passives },
          { key: 'detractors', title: t.detractors },
        ],
        rows: [
          {
            nps: formatScore(o?.nps, lang),
            promoters: formatPercent(o?.promoters, lang),
            passives: formatPercent(o?.passives, lang),
            detractors: formatPercent(o?.detractors, lang),
          },
        ],
      }}
    >
      <Space align="baseline" size="large">
        <Statistic
          title={t.nps}
          value={formatScore(o?.nps, lang)}
          valueStyle={small ? { color: '#8c8c8c' } : undefined}
        />
        <Typography.Text type="secondary">{format(t.npsAnswers, { n: o?.npsAnswers ?? 0 })}</Typography.Text>
        {small && <Tag color="default">{t.smallSample}</Tag>}
      </Space>
      <ResponsiveContainer width="100%" height={HEIGHT - 130}>
        <BarChart data={[row]} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, lang, 0)} />
          <YAxis type="category" dataKey="label" hide />
          <Tooltip content={<ChartTooltip kind="percent" />} cursor={false} />
          <Bar
            dataKey="promoters"
            name={t.promoters}
            stackId="nps"
            maxBarSize={48}
            fill={color('promoters')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="passives"
            name={t.passives}
            stackId="nps"
            maxBarSize={48}
            fill={color('passives')}
            isAnimationActive={false}
          />
          <Bar
            dataKey="detractors"
            name={t.detractors}
            stackId="nps"
            maxBarSize={48}
            fill={color('detractors')}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
      <Flex gap={12} wrap>
        {(['promoters', 'passives', 'detractors'] as const).map((k) => (
          <Typography.Text key={k} style={{ fontSize: 12 }}>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                width: 10,
                height: 10,
                marginInlineEnd: 4,
                background: color(k),
              }}
            />
            {t[k]} <strong data-testid={`nps-${k}`}>{formatPercent(o?.[k], lang)}</strong>
          </Typography.Text>
        ))}
      </Flex>
    </ChartCard>
  );
}
