import { normaliseValue } from '../../schema/fieldKinds';
import type { ResourceDef } from '../../schema/resource';
import { defaultsOf } from '../../schema/writable';
import { cleanValue, widgetFor } from '../widgets/registry';
import { sameValue } from '../widgets/validation';
import { formFields } from './fields';

type Values = Record<string, unknown>;

/** The stored form of one form value: blanks → null, text trimmed, instants canonical UTC. */
function stored(field: Parameters<typeof cleanValue>[0], value: unknown): unknown {
  return normaliseValue(field, cleanValue(field, value));
}

/**
 * The body a form sends: its writable fields in their stored form. An edit sends only what
 * changed from the loaded record (a PATCH), so an untouched value, masked phone numbers
 * included, is never written back.
 */
export function toSubmission(resource: ResourceDef, values: Values, loaded?: Values): Values {
  const out: Values = {};
  for (const field of formFields(resource)) {
    const value = stored(field, values[field.name]);
    if (loaded && sameValue(value, stored(field, loaded[field.name]))) continue;
    out[field.name] = value;
  }
  return out;
}

/** A new record's form values: the declaration's defaults, and each type's blank value. */
export function initialValues(resource: ResourceDef): Values {
  const out: Values = {};
  for (const field of formFields(resource)) {
    const blank = widgetFor(field).blank?.(field);
    if (blank !== undefined) out[field.name] = blank;
  }
  return { ...out, ...defaultsOf(resource) };
}
