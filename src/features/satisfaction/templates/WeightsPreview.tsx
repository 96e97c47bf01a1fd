import { Form, Table, Typography } from 'antd';
import { useSatisfactionText } from '../text';

interface DimensionDraft {
  key?: string | null;
  label?: string | null;
  weight?: number | null;
}

export interface WeightShare {
  key: string;
  label: string;
  weight: number | null;
  /** weight ÷ Σ positive weights; null while the weight is missing or not positive. */
  share: number | null;
}

/** The shares the composite will use (DOMAIN §3: weights are normalised, never required to add up to 1). */
export function weightShares(rows: readonly (DimensionDraft | null | undefined)[]): WeightShare[] {
  const positive = (w: unknown): w is number => typeof w === 'number' && w > 0;
  const total = rows.reduce((sum, r) => sum + (positive(r?.weight) ? r.weight : 0), 0);
  return rows.map((r, i) => ({
    key: r?.key?.trim() || `#${i + 1}`,
    label: r?.label?.trim() || '',
    weight: typeof r?.weight === 'number' ? r.weight : null,
    share: positive(r?.weight) && total > 0 ? r.weight / total : null,
  }));
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Live table of each dimension's normalised weight, under the dimension rows being edited. */
export function WeightsPreview() {
  const t = useSatisfactionText();
  const rows = (Form.useWatch('dimensions') as DimensionDraft[] | undefined) ?? [];
  const shares = weightShares(rows);
  if (shares.length === 0) return null;
  return (
    <section aria-label={t.weightsTitle} style={{ marginBottom: 24 }}>
      <Typography.Text strong>{t.weightsTitle}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t.weightsHelp}
      </Typography.Paragraph>
      <Table<WeightShare & { row: number }>
        size="small"
        pagination={false}
        rowKey="row"
        dataSource={shares.map((s, row) => ({ ...s, row }))}
        style={{ maxWidth: 560 }}
        columns={[
          { key: 'dim', title: t.dimension, render: (_, s) => (s.label ? `${s.label}（${s.key}）` : s.key) },
          { key: 'weight', title: t.weight, align: 'right', render: (_, s) => s.weight ?? '—' },
          {
            key: 'share',
            title: t.weightShare,
            align: 'right',
            render: (_, s) =>
              s.share === null ? (
                <Typography.Text type="warning">{t.weightMissing}</Typography.Text>
              ) : (
                <span data-testid={`share-${s.key}`}>{percent(s.share)}</span>
              ),
          },
        ]}
      />
    </section>
  );
}
