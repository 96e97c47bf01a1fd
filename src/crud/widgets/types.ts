import type { BaseKey } from '@refinedev/core';
import type { ReactNode } from 'react';
import type { FieldDef, FieldType } from '../../schema/fields';
import type { FilterValue } from '../../schema/filters';
import type { Lang } from '../../schema/labels';

/** A function component (plain, so a widget for a wider field type serves a narrower one). */
export type View<P> = (props: P) => ReactNode;

/** An antd form name path: `['lines', 0, 'unitPrice']`. */
export type NamePath = (string | number)[];

export interface ValueProps<F extends FieldDef> {
  field: F;
  value: unknown;
}

export interface FormFieldProps<F extends FieldDef> {
  field: F;
  /** The name relative to the enclosing `Form.List` row (the absolute path at the top level). */
  name: NamePath;
  /** The absolute path of the value in the form store. */
  path: NamePath;
  /** Inside a row of a list: the label is read by screen readers only (the row header shows it). */
  compact?: boolean;
}

export interface FilterControlProps<F extends FieldDef> {
  field: F;
  /** Set by `Form.Item`, so that its label is bound to the control. */
  id?: string;
  value?: FilterValue | null;
  onChange?: (value: FilterValue | null) => void;
}

/** Where a server error path lands in the form: a name path and, below it, a note (a map key). */
export interface ErrorTarget {
  path: NamePath;
  note?: string;
}

/** The declaration variant of a type name (`'money'` → `NumberField`). */
export type FieldOf<T extends FieldType, D = FieldDef> = D extends { type: infer U }
  ? T extends U
    ? D
    : never
  : never;

/**
 * The React half of one field type, as a list needs it: text, cells, filters, and what forms
 * and pages ask of a value without rendering a control. The isomorphic half (validation, filter
 * kind, sortability) is `FIELD_TYPES` in `src/schema/fieldTypes.ts`. A type's form control is
 * in `forms/` (FORM_FIELDS) and its show-page display in `displays.tsx` (DISPLAYS): modules a
 * list does not load. These three registries are the only places in the UI that depend on a
 * field's type.
 */
export interface Widget<F extends FieldDef> {
  /** The value as plain text: option labels, reference names, summaries. Blank for no value. */
  text(field: F, value: unknown, lang: Lang): string;
  /** The list table's cell. */
  Cell: View<ValueProps<F>>;
  /**
   * The same cell as elements, without hooks (the language is given): a list renders it for
   * every row, so no component (and no language subscription) per cell. Absent: `Cell` is used.
   */
  cell?(field: F, value: unknown, lang: Lang): ReactNode;
  /** The list filter's control, holding the value `toCrudFilters` reads for this type. */
  Filter?: View<FilterControlProps<F>>;
  /** The value to submit (and validate) from a form value: blanks → null, rows cleaned. */
  clean?(field: F, value: unknown): unknown;
  /** The resources a field can refer to (known from the declaration alone). */
  referencedResources?(field: F): string[];
  /** Reports the ids of other resources' records a value refers to. */
  references?(field: F, value: unknown, add: (resource: string, id: BaseKey) => void): void;
  /** Places the rest of a server error path (`['0', 'unitPrice']`) inside this field. */
  locate?(field: F, rest: string[]): ErrorTarget;
  /** Takes a whole row in forms and on the show page. */
  wide?: boolean;
  /** The form value a new record starts with when the declaration has no default. */
  blank?(field: F): unknown;
}
