export { WIDGETS, cleanValue, collectReferences, fieldText, locateError, widgetFor } from './registry';
export {
  FieldCell,
  renderCell,
  FieldDisplay,
  FieldFilter,
  FieldFormField,
  hasFilterControl,
  isWide,
} from './render';
export type { ErrorTarget, FilterControlProps, FormFieldProps, NamePath, ValueProps, Widget } from './types';
