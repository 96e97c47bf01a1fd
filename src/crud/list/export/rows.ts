import type { CellType, CellValue } from '../../../../reports/core/types';
import type { FieldDef, FieldType } from '../../../schema/fields';
import type { Lang } from '../../../schema/labels';
import { toKeys } from '../../references/title';
import { fieldText } from '../../widgets/registry';
import { roundTo } from '../../widgets/format';

/**
 * An exported list as plain data: one column per visible field, one row of typed cell values
 * per record. Pure (no React, no I/O), so the same table feeds the xlsx writer, the CSV writer
 * and a Web Worker (it survives structured cloning).
 */
export interface ExportColumn {
  key: string;
  header: string;
  type: CellType;
}

export interface ExportTable {
  sheetName: string;
  columns: ExportColumn[];
  rows: CellValue[][];
}

/** Names of referenced records: resource → id (as text) → the record's title. */
export type ReferenceNames = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The cell type of each field type; everything shown as words (labels, names, summaries) is text. */
const CELL_TYPE: Record<FieldType, CellType> = {
  text: 'text',
  longText: 'text',
  phone: 'text',
  integer: 'integer',
  number: 'number',
  money: 'money',
  percent: 'percent',
  date: 'date',
  datetime: 'datetime',
  month: 'month',
  boolean: 'boolean',
  enum: 'text',
  enumList: 'text',
  reference: 'text',
  referenceList: 'text',
  object: 'text',
  objectList: 'text',
  scoreMap: 'text',
};

export function exportColumns(fields: readonly FieldDef[], lang: Lang): ExportColumn[] {
  return fields.map((f) => ({ key: f.name, header: f.label[lang], type: CELL_TYPE[f.type] }));
}

function referenceName(names: ReferenceNames, resource: string, id: string): string {
  // A record the user may not read (or deleted since) is still identified by its id.
  return names.get(resource)?.get(id) ?? `#${id}`;
}

/**
 * One value as its cell: numbers stay numbers (money rounded to the fen), dates stay their
 * stored strings (the writers format them), enums become their labels and references the
 * referred records' names. A masked value (`138****5678`) is text like any other and is written
 * exactly as the API sent it.
 */
export function exportCell(field: FieldDef, value: unknown, names: ReferenceNames, lang: Lang): CellValue {
  if (value === undefined || value === null) return null;
  switch (field.type) {
    case 'integer':
    case 'number':
    case 'percent':
      return typeof value === 'number' && Number.isFinite(value) ? value : String(value);
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? roundTo(value, 2) : String(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : String(value);
    case 'date':
    case 'datetime':
    case 'month':
    case 'text':
    case 'longText':
    case 'phone':
      return String(value);
    case 'reference':
    case 'referenceList': {
      const text = toKeys(value)
        .map((id) => referenceName(names, field.resource, String(id)))
        .join(lang === 'zh' ? '、' : ', ');
      return text === '' ? null : text;
    }
    default: {
      const text = fieldText(field, value, lang);
      return text === '' ? null : text;
    }
  }
}

export function exportRow(
  fields: readonly FieldDef[],
  record: Record<string, unknown>,
  names: ReferenceNames,
  lang: Lang,
): CellValue[] {
  return fields.map((f) => exportCell(f, record[f.name], names, lang));
}

export function exportTable(
  sheetName: string,
  fields: readonly FieldDef[],
  records: readonly Record<string, unknown>[],
  names: ReferenceNames,
  lang: Lang,
): ExportTable {
  return {
    sheetName,
    columns: exportColumns(fields, lang),
    rows: records.map((r) => exportRow(fields, r, names, lang)),
  };
}
