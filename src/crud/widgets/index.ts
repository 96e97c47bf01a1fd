export { WIDGETS, cleanValue, collectReferences, fieldText, locateError, widgetFor } from './registry';
export { FieldCell, renderCell, FieldFilter, hasFilterControl, isWide } from './render';
export type {
  ErrorTarget,
  FieldOf,
  FilterControlProps,
  FormFieldProps,
  NamePath,
  ValueProps,
  Widget,
} from './types';
