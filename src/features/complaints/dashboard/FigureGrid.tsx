import { Card, Col, Row, Typography } from 'antd';
import type { ComplaintFigures } from '../../../domain/complaints';
import { useComplaintText } from '../text';
import { showCount, showHours, showMoney, showPer1000, showRate, showScore } from './format';

/** The §4 figures of the whole filter, each labelled; `data-figure` names the JSON field it shows. */
export function FigureGrid({ figures }: { figures: ComplaintFigures }) {
  const t = useComplaintText();
  const items: [keyof ComplaintFigures, string, string][] = [
    ['received', t.received, showCount(figures.received)],
    ['handled', t.handled, showCount(figures.handled)],
    ['handlingRate', t.handlingRate, showRate(figures.handlingRate)],
    ['onTimeRate', t.onTimeRate, showRate(figures.onTimeRate)],
    ['respondOnTimeRate', t.respondOnTimeRate, showRate(figures.respondOnTimeRate)],
    ['overdue', t.overdueCount, showCount(figures.overdue)],
    ['meanHoursToResolve', t.meanHours, showHours(figures.meanHoursToResolve)],
    ['medianHoursToResolve', t.medianHours, showHours(figures.medianHoursToResolve)],
    ['reopenRate', t.reopenRate, showRate(figures.reopenRate)],
    ['per1000Services', t.per1000Services, showPer1000(figures.per1000Services)],
    ['handlingSatisfaction', t.handlingSatisfaction, showScore(figures.handlingSatisfaction)],
    ['handlingSatisfactionTop2', t.handlingSatisfactionTop2, showRate(figures.handlingSatisfactionTop2)],
    ['refunds', t.refunds, showMoney(figures.refunds)],
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map(([key, label, value]) => (
        <Col key={key} xs={12} sm={8} md={6} xl={4}>
          <Card size="small" role="group" aria-label={label}>
            <Typography.Text type="secondary">{label}</Typography.Text>
            <div style={{ fontSize: 22, fontWeight: 600 }} data-figure={key}>
              {value}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
