import type { EnumOption } from '../schema/fields';

/** Builds enum options from `[value, 中文, English, colour?]` rows, the compact form used by every declaration. */
export function options(rows: [value: string, zh: string, en: string, color?: string][]): EnumOption[] {
  return rows.map(([value, zh, en, color]) => ({ value, label: { zh, en }, color }));
}

export const GENDER = options([
  ['female', '女', 'Female', 'magenta'],
  ['male', '男', 'Male', 'blue'],
]);
