import { z } from 'zod';
import type { FieldDef, FieldType } from './fields';
import type { Lang } from './labels';
import { message } from './messages';
import { canonicalInstant, isDate, isMonth } from './time';

/**
 * The isomorphic half of the field-type registry: what each type accepts, how it is filtered
 * and sorted, and how Excel formats it. The React half (cells, form controls, filter controls)
 * lives in `src/crud/widgets/`, keyed by the same type names, so the backend and the reports
 * import this file without importing React.
 */

/** How a list filters a field of this type; see `filters.ts` for the query each one sends. */
export type FilterKind =
  | 'text' //        case-insensitive substring → `_like` (escaped)
  | 'numberRange' // [min, max] → `_gte` / `_lte`
  | 'dateRange' //   [from, to] dates → `_gte` / `_lte`
  | 'datetimeRange' // [from, to] dates → Shanghai day bounds as instants
  | 'monthRange' //  [from, to] months → `_gte` / `_lte`
  | 'options' //     several enum values → repeated keys
  | 'boolean' //     true / false → equality
  | 'references' // several ids → repeated keys
  | 'contains'; //   one id or value that an array field holds → equality, matched by membership

export interface FieldTypeSpec {
  /** Zod schema of a present, non-null value, with messages in `lang`. */
  schema(field: FieldDef, lang: Lang): z.ZodType;
  filter: FilterKind | null;
  sortable: boolean;
  /** Excel number format of the cell (exceljs `numFmt`). */
  excelFormat?: string;
  /** Right-aligned in tables (numbers). */
  numeric?: boolean;
}

const ID = (lang: Lang) =>
  z
    .number({ error: message('notId', lang) })
    .int({ error: message('notId', lang) })
    .positive({ error: message('notId', lang) });

function bounded(s: z.ZodNumber, field: FieldDef, lang: Lang): z.ZodNumber {
  const f = field as { min?: number; max?: number };
  let out = s;
  if (f.min !== undefined) out = out.min(f.min, { error: message('tooSmall', lang, { min: f.min }) });
  if (f.max !== undefined) out = out.max(f.max, { error: message('tooLarge', lang, { max: f.max }) });
  return out;
}

function decimalsOk(value: number, decimals: number): boolean {
  // Compare in integer units to avoid 0.1 + 0.2 style surprises.
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function text(maxDefault: number) {
  return (field: FieldDef, lang: Lang): z.ZodType => {
    const f = field as {
      maxLength?: number;
      pattern?: { source: string; message: { zh: string; en: string } };
    };
    const max = f.maxLength ?? maxDefault;
    let s = z
      .string({ error: message('notText', lang) })
      .max(max, { error: message('tooLong', lang, { max }) });
    if (f.pattern) s = s.regex(new RegExp(f.pattern.source), { error: f.pattern.message[lang] });
    return s;
  };
}

function enumValue(field: FieldDef, lang: Lang): z.ZodType {
  const options = (field as { options: { value: string }[] }).options.map((o) => o.value);
  return z.string().refine((v) => options.includes(v), {
    error: message('notOption', lang, { allowed: options.join(', ') }),
  });
}

function number(field: FieldDef, lang: Lang, decimals: number | null): z.ZodType {
  const base = z.number({ error: message('notNumber', lang) }).refine(Number.isFinite, {
    error: message('notNumber', lang),
  });
  const ranged = bounded(z.number({ error: message('notNumber', lang) }), field, lang);
  return base.pipe(
    decimals === null
      ? ranged
      : ranged.refine((v) => decimalsOk(v, decimals), {
          error: message('tooManyDecimals', lang, { decimals }),
        }),
  );
}

/** Builds the schema of a list of objects or an object from its sub-fields. */
function objectShape(fields: FieldDef[], lang: Lang): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const sub of fields) shape[sub.name] = fieldSchema(sub, lang);
  return z.strictObject(shape, { error: message('notObject', lang) });
}

export const FIELD_TYPES: Record<FieldType, FieldTypeSpec> = {
  text: { schema: text(200), filter: 'text', sortable: true },
  longText: { schema: text(4000), filter: 'text', sortable: false },
  phone: {
    // Mainland mobiles, landlines with area code and extension; a masked value is never stored.
    schema: (_f, lang) =>
      z.string({ error: message('notPhone', lang) }).regex(/^\+?[0-9][0-9 ()-]{4,22}$/, {
        error: message('notPhone', lang),
      }),
    filter: 'text',
    sortable: true,
  },
  integer: {
    schema: (f, lang) =>
      bounded(
        z.number({ error: message('notInteger', lang) }).int({ error: message('notInteger', lang) }),
        f,
        lang,
      ),
    filter: 'numberRange',
    sortable: true,
    excelFormat: '0',
    numeric: true,
  },
  number: {
    schema: (f, lang) => number(f, lang, (f as { decimals?: number }).decimals ?? null),
    filter: 'numberRange',
    sortable: true,
    excelFormat: '0.00',
    numeric: true,
  },
  money: {
    schema: (f, lang) => number(f, lang, 2),
    filter: 'numberRange',
    sortable: true,
    excelFormat: '#,##0.00',
    numeric: true,
  },
  percent: {
    schema: (f, lang) => number({ min: 0, max: 1, ...f } as FieldDef, lang, 4),
    filter: 'numberRange',
    sortable: true,
    excelFormat: '0.0%',
    numeric: true,
  },
  date: {
    schema: (_f, lang) =>
      z.string({ error: message('notDate', lang) }).refine(isDate, { error: message('notDate', lang) }),
    filter: 'dateRange',
    sortable: true,
    excelFormat: 'yyyy-mm-dd',
  },
  datetime: {
    // Any offset is accepted; the stored form is canonical UTC (see `normaliseValue`).
    schema: (_f, lang) =>
      z
        .string({ error: message('notInstant', lang) })
        .refine((v) => canonicalInstant(v) !== null, { error: message('notInstant', lang) }),
    filter: 'datetimeRange',
    sortable: true,
    excelFormat: 'yyyy-mm-dd hh:mm',
  },
  month: {
    schema: (_f, lang) =>
      z.string({ error: message('notMonth', lang) }).refine(isMonth, { error: message('notMonth', lang) }),
    filter: 'monthRange',
    sortable: true,
    excelFormat: 'yyyy-mm',
  },
  enum: { schema: enumValue, filter: 'options', sortable: true },
  enumList: {
    schema: (f, lang) => z.array(enumValue(f, lang), { error: message('notList', lang) }),
    filter: 'contains',
    sortable: false,
  },
  boolean: {
    schema: (_f, lang) => z.boolean({ error: message('notBoolean', lang) }),
    filter: 'boolean',
    sortable: true,
  },
  reference: { schema: (_f, lang) => ID(lang), filter: 'references', sortable: true },
  referenceList: {
    schema: (_f, lang) => z.array(ID(lang), { error: message('notList', lang) }),
    filter: 'contains',
    sortable: false,
  },
  object: {
    schema: (f, lang) => objectShape((f as { fields: FieldDef[] }).fields, lang),
    filter: null,
    sortable: false,
  },
  objectList: {
    schema: (f, lang) => {
      const def = f as { fields: FieldDef[]; minItems?: number; uniqueBy?: string };
      let list = z.array(objectShape(def.fields, lang), { error: message('notList', lang) });
      if (def.minItems)
        list = list.min(def.minItems, { error: message('tooFewItems', lang, { min: def.minItems }) });
      const key = def.uniqueBy;
      if (!key) return list;
      return list.superRefine((rows, ctx) => {
        const seen = new Set<unknown>();
        rows.forEach((row, i) => {
          const value = (row as Record<string, unknown>)[key];
          if (seen.has(value)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, key],
              message: message('duplicateInList', lang, { value: String(value) }),
            });
          }
          seen.add(value);
        });
      });
    },
    filter: null,
    sortable: false,
  },
  scoreMap: {
    schema: (f, lang) => {
      const def = f as { integer?: boolean; min?: number; max?: number };
      let n = z.number({ error: message('notNumber', lang) });
      if (def.integer) n = n.int({ error: message('notInteger', lang) });
      return z.record(z.string().min(1).max(60), bounded(n, f, lang), { error: message('notObject', lang) });
    },
    filter: null,
    sortable: false,
  },
};

/** Whether a value counts as absent for `required`. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Schema of one field including its nullability: optional fields accept null. */
export function fieldSchema(field: FieldDef, lang: Lang): z.ZodType {
  const inner = FIELD_TYPES[field.type].schema(field, lang);
  if (!field.required) return inner.nullable().optional();
  // An empty value is reported as "required" alone, without the type's own complaint.
  return z
    .any()
    .refine((value) => !isEmptyValue(value), { error: message('required', lang), abort: true })
    .pipe(inner);
}

/** The stored form of a valid value: instants become canonical UTC, nested values recurse. */
export function normaliseValue(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  switch (field.type) {
    case 'datetime':
      return canonicalInstant(value as string);
    case 'text':
    case 'phone':
      return (value as string).trim();
    case 'object':
      return normaliseObject(field.fields, value as Record<string, unknown>);
    case 'objectList':
      return (value as Record<string, unknown>[]).map((row) => normaliseObject(field.fields, row));
    default:
      return value;
  }
}

function normaliseObject(fields: FieldDef[], value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sub of fields) out[sub.name] = normaliseValue(sub, value[sub.name]);
  return out;
}
