import type { ObjectListField } from '../../schema/fields';
import { crudText, format, useCrudText } from '../text';
import { cleanObject, collectReferences, locateError, referencedResources } from './registry';
import type { ValueProps, Widget } from './types';

type Row = Record<string, unknown>;

export const asRows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

function Cell({ value }: ValueProps<ObjectListField>) {
  const t = useCrudText();
  return <>{format(t.items, { count: asRows(value).length })}</>;
}

/** A list of objects of one shape (contract lines, survey dimensions), edited as rows. */
export const objectListWidget: Widget<ObjectListField> = {
  text: (_f, value, lang) => format(crudText(lang).items, { count: asRows(value).length }),
  Cell,
  wide: true,
  clean: (field, value) =>
    value === null || value === undefined ? null : asRows(value).map((row) => cleanObject(field.fields, row)),
  blank: (field) => (field.required ? [{}] : []),
  referencedResources: (field) => referencedResources(field.fields),
  references: (field, value, add) =>
    asRows(value).forEach((row) => collectReferences(field.fields, row, add)),
  locate: (field, rest) => {
    const [index, ...more] = rest;
    if (!/^\d+$/.test(index)) return { path: [], note: rest.join('.') };
    const row = Number(index);
    if (more.length === 0) return { path: [row] };
    const inner = locateError(field.fields, more);
    return inner ? { path: [row, ...inner.path], note: inner.note } : { path: [row], note: more.join('.') };
  },
};
