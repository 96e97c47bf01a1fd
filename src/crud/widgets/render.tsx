import type { ReactNode } from 'react';
import type { FieldDef } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { isBlank, widgetFor } from './registry';
import type { FilterControlProps, ValueProps } from './types';

/** A blank value: a faint dash, hidden from screen readers (one element, shared by every cell). */
export const EMPTY_VALUE = (
  <span aria-hidden="true" style={{ color: 'rgba(0,0,0,0.25)' }}>
    —
  </span>
);

/**
 * A list cell as elements: the widget's hook-free `cell` when it has one, else its `Cell`
 * component. A table calls this in its column's render, so a row does not add a component per
 * cell (nor a language subscription: the table passes the language it read once).
 */
export function renderCell(field: FieldDef, value: unknown, lang: Lang): ReactNode {
  if (isBlank(value)) return EMPTY_VALUE;
  const widget = widgetFor(field);
  if (widget.cell) return widget.cell(field, value, lang);
  const { Cell } = widget;
  return <Cell field={field} value={value} />;
}

/**
 * The entry points the lists use: each renders a field's widget by its type, so no page (and
 * no composite widget) decides anything by a field's type itself. Forms use `FieldFormField`
 * (forms/FieldFormField.tsx), the show page `FieldDisplay` (displays.tsx).
 */
export function FieldCell({ field, value }: ValueProps<FieldDef>) {
  if (isBlank(value)) return EMPTY_VALUE;
  const { Cell } = widgetFor(field);
  return <Cell field={field} value={value} />;
}

/** The filter control of a field, or nothing when its type has none. */
export function FieldFilter(props: FilterControlProps<FieldDef>) {
  const { Filter } = widgetFor(props.field);
  return Filter ? <Filter {...props} /> : null;
}

export function hasFilterControl(field: FieldDef): boolean {
  return widgetFor(field).Filter !== undefined;
}

export function isWide(field: FieldDef): boolean {
  return widgetFor(field).wide === true;
}
