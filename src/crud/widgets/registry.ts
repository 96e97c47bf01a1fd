import type { BaseKey } from '@refinedev/core';
import type { FieldDef, FieldType } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { booleanWidget } from './boolean';
import { dateWidget } from './date';
import { enumWidget } from './enum';
import { numberWidget } from './number';
import { objectWidget } from './object';
import { objectListWidget } from './objectList';
import { referenceWidget } from './reference';
import { scoreMapWidget } from './scoreMap';
import { textWidget } from './text';
import type { ErrorTarget, FieldOf, Widget } from './types';

type Registry = { [T in FieldType]: Widget<FieldOf<T>> };

/** The React half of the field-type registry (lists' part), keyed like `FIELD_TYPES`. */
export const WIDGETS: Registry = {
  text: textWidget,
  longText: textWidget,
  phone: textWidget,
  integer: numberWidget,
  number: numberWidget,
  money: numberWidget,
  percent: numberWidget,
  date: dateWidget,
  datetime: dateWidget,
  month: dateWidget,
  enum: enumWidget,
  enumList: enumWidget,
  boolean: booleanWidget,
  reference: referenceWidget,
  referenceList: referenceWidget,
  object: objectWidget,
  objectList: objectListWidget,
  scoreMap: scoreMapWidget,
};

/** The widget of a field, typed for that field's variant. */
export function widgetFor<F extends FieldDef>(field: F): Widget<F> {
  // The mapped type pairs each type with the widget of its variant; TypeScript cannot follow
  // `field.type` back to `F` through the index, hence the cast.
  return WIDGETS[field.type] as unknown as Widget<F>;
}

export function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** A value as plain text in the current language ('' when blank). */
export function fieldText(field: FieldDef, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  return widgetFor(field).text(field, value, lang);
}

/** The submitted form of a form value: absent values become null. */
export function cleanValue(field: FieldDef, value: unknown): unknown {
  const widget = widgetFor(field);
  const out = widget.clean ? widget.clean(field, value) : value;
  return out === undefined ? null : out;
}

/** Cleans an object's values by its sub-fields (unknown keys are dropped). */
export function cleanObject(fields: FieldDef[], value: unknown): Record<string, unknown> {
  const source = (value ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f.name] = cleanValue(f, source[f.name]);
  return out;
}

/** The resources the given fields can refer to, in declaration order, each once. */
export function referencedResources(fields: FieldDef[]): string[] {
  const out = new Set<string>();
  for (const f of fields) for (const r of widgetFor(f).referencedResources?.(f) ?? []) out.add(r);
  return [...out];
}

/** Reports every reference inside a record's values of the given fields. */
export function collectReferences(
  fields: FieldDef[],
  record: Record<string, unknown>,
  add: (resource: string, id: BaseKey) => void,
): void {
  for (const f of fields) {
    const value = record[f.name];
    if (value !== undefined && value !== null) widgetFor(f).references?.(f, value, add);
  }
}

/**
 * Places a server error path (`lines.0.unitPrice`) on the form: the longest prefix that is a
 * form field, with the rest as a note. Null when the first part names no field of the form.
 */
export function locateError(fields: FieldDef[], parts: string[]): ErrorTarget | null {
  const [head, ...rest] = parts;
  const field = fields.find((f) => f.name === head);
  if (!field) return null;
  if (rest.length === 0) return { path: [field.name] };
  const widget = widgetFor(field);
  const inner = widget.locate ? widget.locate(field, rest) : { path: [], note: rest.join('.') };
  return { path: [field.name, ...inner.path], note: inner.note };
}
