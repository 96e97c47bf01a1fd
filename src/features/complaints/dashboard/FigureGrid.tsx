import { Card, Col, Row, Skeleton, Typography } from 'antd';
import type { ComplaintFigures } from '../../../domain/complaints';
import { useComplaintText } from '../text';
import { useFigureFormat } from './figures';

/** The §4 figures of the whole filter, each labelled; `data-figure` names the JSON field it shows. */
export function FigureGrid({ figures }: { figures: ComplaintFigures | undefined }) {
  const t = useComplaintText();
  const f = useFigureFormat();
  const items: [keyof ComplaintFigures, string, (v: number | null) => string][] = [
    ['received', t.received, f.count],
    ['handled', t.handled, f.count],
    ['handlingRate', t.handlingRate, f.rate],
    ['onTimeRate', t.onTimeRate, f.rate],
    ['respondOnTimeRate', t.respondOnTimeRate, f.rate],
    ['overdue', t.overdueCount, f.count],
    ['meanHoursToResolve', t.meanHours, f.hours],
    ['medianHoursToResolve', t.medianHours, f.hours],
    ['reopenRate', t.reopenRate, f.rate],
    ['per1000Services', t.per1000Services, f.per1000],
    ['handlingSatisfaction', t.handlingSatisfaction, f.satisfaction],
    ['handlingSatisfactionTop2', t.handlingSatisfactionTop2, f.rate],
    ['refunds', t.refunds, f.money],
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map(([key, label, show]) => (
        <Col key={key} xs={12} sm={8} md={6} xl={4}>
          <Card size="small" role="group" aria-label={label}>
            <Typography.Text type="secondary">{label}</Typography.Text>
            {figures ? (
              <div style={{ fontSize: 22, fontWeight: 600 }} data-figure={key}>
                {show(figures[key])}
              </div>
            ) : (
              <Skeleton active paragraph={false} />
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
