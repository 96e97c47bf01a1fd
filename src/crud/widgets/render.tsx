import type { FieldDef } from '../../schema/fields';
import { isBlank, widgetFor } from './registry';
import type { FilterControlProps, FormFieldProps, ValueProps } from './types';

/**
 * The entry points the pages use: each renders a field's widget by its type, so no page
 * (and no composite widget) decides anything by a field's type itself.
 */
export function FieldCell({ field, value }: ValueProps<FieldDef>) {
  if (isBlank(value)) return <EmptyValue />;
  const { Cell } = widgetFor(field);
  return <Cell field={field} value={value} />;
}

export function FieldDisplay({ field, value }: ValueProps<FieldDef>) {
  if (isBlank(value)) return <EmptyValue />;
  const widget = widgetFor(field);
  const Display = widget.Display ?? widget.Cell;
  return <Display field={field} value={value} />;
}

export function FieldFormField(props: FormFieldProps<FieldDef>) {
  const { FormField } = widgetFor(props.field);
  return <FormField {...props} />;
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

function EmptyValue() {
  return (
    <span aria-hidden="true" style={{ color: 'rgba(0,0,0,0.25)' }}>
      —
    </span>
  );
}
