import { Button, Popconfirm, Space } from 'antd';
import type { FollowUpResult } from '../../../domain/followUps';
import { useLabel } from '../../../i18n/lang';
import { FOLLOW_UP_RESULTS } from '../../../resources/follow-ups';
import { format, useSatisfactionText } from '../text';

interface Props {
  /** "Customer · due date", for the buttons' accessible names. */
  what: string;
  onRecord: (result: FollowUpResult) => Promise<unknown>;
  disabled?: boolean;
}

/**
 * A follow-up's result in two clicks: one button per outcome, then its confirmation. The call
 * is timed by the server when the second click lands.
 */
export function RecordButtons({ what, onRecord, disabled }: Props) {
  const t = useSatisfactionText();
  const label = useLabel();
  return (
    <Space size={4} wrap>
      {FOLLOW_UP_RESULTS.map((o, i) => {
        const name = label(o.label);
        return (
          <Popconfirm
            key={o.value}
            title={format(t.recordAs, { result: name })}
            okText={t.ok}
            cancelText={t.cancel}
            onConfirm={() => onRecord(o.value as FollowUpResult).catch(() => undefined)}
          >
            <Button
              size="small"
              type={i === 0 ? 'primary' : 'default'}
              danger={o.value === 'refused'}
              disabled={disabled}
              aria-label={`${name} · ${what}`}
            >
              {name}
            </Button>
          </Popconfirm>
        );
      })}
    </Space>
  );
}
