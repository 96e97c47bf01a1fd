import type { EnumOption } from '../schema/fields';

/** Builds enum options from `[value, 中文, English, colour?]` rows, the compact form used by every declaration. */
export function options(rows: [value: string, zh: string, en: string, color?: string][]): EnumOption[] {
  return rows.map(([value, zh, en, color]) =>
    color ? { value, label: { zh, en }, color } : { value, label: { zh, en } },
  );
}

/** The stored codes of a list of options, for tests and typed data. */
export function codes(list: EnumOption[]): string[] {
  return list.map((o) => o.value);
}

// Enumerations shared by more than one declaration live here; the others beside their resource.

export const GENDER = options([
  ['female', '女', 'Female', 'magenta'],
  ['male', '男', 'Male', 'blue'],
]);

/** Role groups of staff (seed 000's four kinds of personnel, plus seed 002's consulting group). */
export const ROLE_GROUPS = options([
  ['sales', '业务人员', 'Sales', 'gold'],
  ['technical', '技术人员', 'Technical', 'cyan'],
  ['customer_service', '客服人员', 'Customer service', 'green'],
  ['administration', '行政人员', 'Administration', 'default'],
  ['consulting', '咨询人员', 'Consulting', 'blue'],
]);

/** Complaint lifecycle 受理 → 调查 → 处理 → 跟踪回访 (DOMAIN §4). */
export const COMPLAINT_STATUSES = options([
  ['received', '已登记', 'Received', 'orange'],
  ['acknowledged', '已受理', 'Acknowledged', 'gold'],
  ['investigating', '调查处理中', 'Investigating', 'blue'],
  ['resolved', '已处理', 'Resolved', 'cyan'],
  ['closed', '已回访结案', 'Closed', 'green'],
  ['withdrawn', '投诉人撤回', 'Withdrawn', 'default'],
  ['invalid', '无效投诉', 'Invalid', 'default'],
]);

export const SEVERITIES = options([
  ['minor', '轻微', 'Minor', 'default'],
  ['general', '一般', 'General', 'blue'],
  ['serious', '严重', 'Serious', 'orange'],
  ['critical', '重大', 'Critical', 'red'],
]);

/** KPI grades (DOMAIN §5.2): thresholds and bonus coefficients live in each appraisal template. */
export const GRADES = options([
  ['A', 'A 优秀', 'A Excellent', 'green'],
  ['B', 'B 良好', 'B Good', 'blue'],
  ['C', 'C 合格', 'C Satisfactory', 'gold'],
  ['D', 'D 待改进', 'D Needs improvement', 'red'],
]);
