import { Link } from '@refinedev/core';
import { Card, Col, Row, Skeleton, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatCount, formatPercent, formatScore } from '../../dashboards/kit/format';
import type { SatisfactionSummary } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { format, useDashboardText } from './text';

interface Props {
  overall: SatisfactionSummary | undefined;
  lowScores: number | undefined;
  loading: boolean;
  /** The responses list of the filter, and of its responses flagged invalid. */
  href: string;
  excludedHref: string;
}

/**
 * The filter's headline figures: composite, CSAT with its interval, NPS, valid and excluded
 * counts, low scores. Greyed, with a "样本不足" tag, when fewer than 30 responses are valid.
 */
export function Headline({ overall, lowScores, loading, href, excludedHref }: Props) {
  const t = useDashboardText();
  const lang = useLang();
  const small = overall?.smallSample ?? false;
  const grey = small ? { color: '#8c8c8c' } : undefined;
  const figure = (key: string, title: ReactNode, value: string, note?: ReactNode, figureStyle = grey) => (
    <Col key={key} xs={12} md={8} xl={4}>
      <Card size="small" style={{ height: '100%' }}>
        {loading || !overall ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : (
          <>
            <Statistic
              title={title}
              value={value}
              valueStyle={figureStyle}
              valueRender={() => <span data-testid={`headline-${key}`}>{value}</span>}
            />
            {note && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {note}
              </Typography.Text>
            )}
          </>
        )}
      </Card>
    </Col>
  );
  const smallTag = small ? (
    <Tooltip title={t.smallSampleNote}>
      <Tag style={{ marginInlineStart: 6 }}>{t.smallSample}</Tag>
    </Tooltip>
  ) : null;
  return (
    <Row gutter={[16, 16]} role="group" aria-label={t.title}>
      {figure(
        'composite',
        <>
          {t.composite}
          {smallTag}
        </>,
        formatScore(overall?.composite, lang),
      )}
      {figure(
        'csat',
        t.csat,
        formatPercent(overall?.csat, lang),
        overall && overall.csatLow !== null ? (
          <span data-testid="headline-csat-interval">
            {format(t.csatInterval, {
              low: formatPercent(overall.csatLow, lang),
              high: formatPercent(overall.csatHigh, lang),
            })}
          </span>
        ) : undefined,
      )}
      {figure(
        'nps',
        t.nps,
        formatScore(overall?.nps, lang),
        overall ? format(t.npsAnswers, { n: formatCount(overall.npsAnswers, lang) }) : undefined,
      )}
      {figure(
        'valid',
        t.valid,
        formatCount(overall?.valid, lang),
        overall ? (
          <Link to={href}>
            {t.responses} {formatCount(overall.responses, lang)}
          </Link>
        ) : undefined,
        undefined,
      )}
      {figure(
        'excluded',
        <Tooltip title={t.excludedHelp}>{t.excluded}</Tooltip>,
        formatCount(overall?.excluded, lang),
        <Link to={excludedHref}>{t.openExcluded}</Link>,
        undefined,
      )}
      {figure(
        'low',
        t.lowScores,
        formatCount(lowScores, lang),
        <a href="#low-scores">{t.toList}</a>,
        lowScores ? { color: '#cf1322' } : undefined,
      )}
    </Row>
  );
}
