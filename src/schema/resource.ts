import type { FieldDef } from './fields';
import type { Labels } from './labels';

/** The menu groups of the console, in menu order. */
export const MENU_GROUPS = {
  organisation: { zh: '组织架构', en: 'Organisation' },
  customers: { zh: '顾客与服务', en: 'Customers & services' },
  quality: { zh: '服务质量', en: 'Service quality' },
  appraisal: { zh: '绩效考评', en: 'Appraisal' },
  training: { zh: '培训', en: 'Training' },
  system: { zh: '系统', en: 'System' },
} satisfies Record<string, Labels>;

export type MenuGroup = keyof typeof MENU_GROUPS;

export interface SortSpec {
  field: string;
  order: 'asc' | 'desc';
}

/** A list of another resource's records shown on this record's show page. */
export interface RelatedList {
  /** The resource listed, e.g. `care-records`. */
  resource: string;
  /** Its field that points at this record, e.g. `customerId`. */
  field: string;
}

/** A check across fields of one record (e.g. end not before start), reported on `field`. */
export interface RecordRule {
  field: string;
  message: Labels;
  test(record: Record<string, unknown>): boolean;
}

/**
 * One resource, declared once. Every page, filter, form, backend validation, export and the
 * seed's fake values come from this object.
 */
export interface ResourceDef {
  /** REST path segment, plural kebab-case (`survey-responses`). */
  name: string;
  label: Labels;
  group: MenuGroup;
  /** An @ant-design/icons component name, e.g. `ApartmentOutlined`. */
  icon: string;
  fields: FieldDef[];
  /** The field that names a record wherever it is referred to. */
  titleField: string;
  defaultSort?: SortSpec[];
  /** Readable only: no create, update or delete through any route (the audit log). */
  readOnly?: boolean;
  /** A single record with id 1 that is edited, never created or deleted (settings). */
  singleton?: boolean;
  related?: RelatedList[];
  rules?: RecordRule[];
  /** Groups of fields whose values together must be unique (one appraisal per employee and month). */
  uniqueTogether?: string[][];
}

/** Identity function that keeps the literal types of a declaration. */
export function defineResource<const R extends ResourceDef>(resource: R): R {
  return resource;
}

export function findField(resource: ResourceDef, name: string): FieldDef | undefined {
  return resource.fields.find((f) => f.name === name);
}
