import type { Labels } from '../../schema/labels';
import type { MissingCode } from './lifecycle';

/** What a refused transition lacks, per field: the API answers these, the console shows the same. */
export const MISSING_MESSAGES: Record<MissingCode, Labels> = {
  required: { zh: '变更为此状态时必填', en: 'Required for this step' },
  outcome: {
    zh: '结案需要回访结果：填写处理满意度，或勾选“未能联系上顾客”并写明情况',
    en: 'Closing needs the follow-up outcome: a handling satisfaction, or "could not be reached" with a note',
  },
  reason: { zh: '请说明原因', en: 'Give the reason' },
};
