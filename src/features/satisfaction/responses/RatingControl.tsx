import { Button, Flex, Radio, Rate, Typography } from 'antd';
import { useSatisfactionText } from '../text';

interface Props {
  /** 5 (stars) or 10 (buttons 1–10). */
  scale: number;
  label: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  disabled?: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** "非常不满意 [control] 非常满意": the ends of a scale named on both sides of its control. */
function Ends({ low, high, children }: { low: string; high: string; children: React.ReactNode }) {
  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary">{low}</Typography.Text>
      {children}
      <Typography.Text type="secondary">{high}</Typography.Text>
    </Flex>
  );
}

/**
 * One dimension's rating: stars on a 5-point template (each star's tooltip names its level,
 * the chosen level is written beside), buttons 1–10 on a 10-point one. Clearing leaves the
 * dimension unanswered (a missing required answer makes the response incomplete, not refused).
 */
export function RatingControl({ scale, label, value, onChange, disabled }: Props) {
  const t = useSatisfactionText();
  const answered = typeof value === 'number';
  const clear = answered && !disabled && (
    <Button type="link" size="small" onClick={() => onChange?.(null)}>
      {t.clear}
    </Button>
  );
  if (scale === 5) {
    return (
      <Flex role="group" aria-label={label} align="center" gap={12} wrap>
        <Ends low={t.scaleLow} high={t.scaleHigh}>
          <Rate
            count={5}
            tooltips={t.levels5}
            value={value ?? 0}
            disabled={disabled}
            onChange={(v) => onChange?.(v === 0 ? null : v)}
          />
        </Ends>
        <Typography.Text strong={answered} type={answered ? undefined : 'secondary'}>
          {answered ? `${value} · ${t.levels5[value - 1]}` : t.notAnswered}
        </Typography.Text>
        {clear}
      </Flex>
    );
  }
  return (
    <Flex role="group" aria-label={label} align="center" gap={12} wrap>
      <Ends low={t.scaleLow} high={t.scaleHigh}>
        <Radio.Group
          optionType="button"
          size="small"
          disabled={disabled}
          value={value ?? null}
          onChange={(e) => onChange?.(e.target.value as number)}
          options={range(1, scale).map((n) => ({ value: n, label: String(n) }))}
        />
      </Ends>
      {!answered && <Typography.Text type="secondary">{t.notAnswered}</Typography.Text>}
      {clear}
    </Flex>
  );
}

/** "How likely are you to recommend us?" 0–10, named at both ends. */
export function NpsControl({ value, onChange, disabled }: Pick<Props, 'value' | 'onChange' | 'disabled'>) {
  const t = useSatisfactionText();
  return (
    <Flex role="group" aria-label={t.npsQuestion} align="center" gap={12} wrap>
      <Ends low={t.npsLow} high={t.npsHigh}>
        <Radio.Group
          optionType="button"
          size="small"
          disabled={disabled}
          value={value ?? null}
          onChange={(e) => onChange?.(e.target.value as number)}
          options={range(0, 10).map((n) => ({ value: n, label: String(n) }))}
        />
      </Ends>
      {typeof value === 'number' && !disabled && (
        <Button type="link" size="small" onClick={() => onChange?.(null)}>
          {t.clear}
        </Button>
      )}
    </Flex>
  );
}
