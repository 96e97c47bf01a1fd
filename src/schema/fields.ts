import type { Labels } from './labels';

/** One value of an enumeration: stored as its English code, shown by its label. */
export interface EnumOption {
  value: string;
  label: Labels;
  /** An antd tag colour (preset name), so that a status reads at a glance. */
  color?: string;
}

export interface BaseField {
  name: string;
  label: Labels;
  /** Must be present and non-empty on create (and stay so on update). */
  required?: boolean;
  /** Set by the backend (numbers, timestamps, history): never taken from a client. */
  readOnly?: boolean;
  /** No two records may share the value. */
  unique?: boolean;
  /** Never sent back by the API (password hashes). */
  secret?: boolean;
  /** Hidden from the list table by default (still on show and in forms). */
  hideInList?: boolean;
  /** Not offered as a list filter. */
  noFilter?: boolean;
  help?: Labels;
  /** Value a new record's form starts with (and the backend fills when absent on create). */
  default?: unknown;
}

export interface TextField extends BaseField {
  type: 'text' | 'longText';
  maxLength?: number;
  /** A regular expression (source) the value must match, with the message shown otherwise. */
  pattern?: { source: string; message: Labels };
}

export interface PhoneField extends BaseField {
  type: 'phone';
}

export interface NumberField extends BaseField {
  /** integer: whole numbers; number: decimals; money: yuan with ≤ 2 decimals; percent: a fraction 0–1. */
  type: 'integer' | 'number' | 'money' | 'percent';
  min?: number;
  max?: number;
  /** Decimal places accepted (number only; money is 2). */
  decimals?: number;
}

export interface DateField extends BaseField {
  /** date: `YYYY-MM-DD`; datetime: an instant with offset; month: `YYYY-MM`. */
  type: 'date' | 'datetime' | 'month';
}

export interface EnumField extends BaseField {
  type: 'enum' | 'enumList';
  options: EnumOption[];
}

export interface BooleanField extends BaseField {
  type: 'boolean';
}

export interface ReferenceField extends BaseField {
  type: 'reference' | 'referenceList';
  /** The referenced resource's name, e.g. `branches`. */
  resource: string;
}

/** A nested object (nullable unless required), edited inline. */
export interface ObjectField extends BaseField {
  type: 'object';
  fields: FieldDef[];
}

/** A list of objects of one shape, edited inline as rows. */
export interface ObjectListField extends BaseField {
  type: 'objectList';
  fields: FieldDef[];
  minItems?: number;
  /** A sub-field whose values must be unique within the list (e.g. a dimension key). */
  uniqueBy?: string;
}

/** A map from a key to a number (survey scores by dimension, KPI scores by indicator). */
export interface ScoreMapField extends BaseField {
  type: 'scoreMap';
  min?: number;
  max?: number;
  integer?: boolean;
}

export type FieldDef =
  | TextField
  | PhoneField
  | NumberField
  | DateField
  | EnumField
  | BooleanField
  | ReferenceField
  | ObjectField
  | ObjectListField
  | ScoreMapField;

export type FieldType = FieldDef['type'];
