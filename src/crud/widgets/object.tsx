import { useLang } from '../../i18n/lang';
import type { ObjectField } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { cleanObject, collectReferences, fieldText, locateError, referencedResources } from './registry';
import type { ValueProps, Widget } from './types';

export const asRecord = (value: unknown) => (value ?? {}) as Record<string, unknown>;

function summary(field: ObjectField, value: unknown, lang: Lang): string {
  const record = asRecord(value);
  return field.fields
    .map((sub) => [sub.label[lang], fieldText(sub, record[sub.name], lang)] as const)
    .filter(([, text]) => text !== '')
    .map(([name, text]) => `${name}: ${text}`)
    .join('; ');
}

function Cell({ field, value }: ValueProps<ObjectField>) {
  const text = summary(field, value, useLang());
  return <span title={text}>{text}</span>;
}

/** A nested object of sub-fields, null when absent. */
export const objectWidget: Widget<ObjectField> = {
  text: (field, value, lang) => summary(field, value, lang),
  Cell,
  wide: true,
  clean: (field, value) => (value === null || value === undefined ? null : cleanObject(field.fields, value)),
  blank: (field) => (field.required ? {} : null),
  referencedResources: (field) => referencedResources(field.fields),
  references: (field, value, add) => collectReferences(field.fields, asRecord(value), add),
  locate: (field, rest) => locateError(field.fields, rest) ?? { path: [], note: rest.join('.') },
};
