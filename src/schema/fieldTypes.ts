import { z } from 'zod';
import type { FieldDef, FieldType } from './fields';
import type { Lang } from './labels';
import { message } from './messages';
import { canonicalInstant, isDate, isMonth } from './time';
import { FIELD_KINDS, isEmptyValue, type FieldKind } from './fieldKinds';

export { FIELD_KINDS, isEmptyValue, normaliseValue, type FieldKind, type FilterKind } from './fieldKinds';

/**
 * The isomorphic half of the field-type registry: what each type accepts (zod), with what
 * `fieldKinds.ts` says of it (filter, sort, Excel format), which the browser's lists import
 * alone so that zod loads with forms only. The React half (cells, form controls, filter controls)
 * lives in `src/crud/widgets/`, keyed by the same type names, so the backend and the reports
 * import this file without importing React.
 */

export interface FieldTypeSpec extends FieldKind {
  /** Zod schema of a present, non-null value, with messages in `lang`. */
  schema(field: FieldDef, lang: Lang): z.ZodType;
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

/** Zod schema of a present, non-null value of each type, with messages in `lang`. */
const SCHEMAS: Record<FieldType, { schema: FieldTypeSpec['schema'] }> = {
  text: { schema: text(200) },
  longText: { schema: text(4000) },
  phone: {
    // Mainland mobiles, landlines with area code and extension; a masked value is never stored.
    schema: (_f, lang) =>
      z.string({ error: message('notPhone', lang) }).regex(/^\+?[0-9][0-9 ()-]{4,22}$/, {
        error: message('notPhone', lang),
      }),
  },
  integer: {
    schema: (f, lang) =>
      bounded(
        z.number({ error: message('notInteger', lang) }).int({ error: message('notInteger', lang) }),
        f,
        lang,
      ),
  },
  number: {
    schema: (f, lang) => number(f, lang, (f as { decimals?: number }).decimals ?? null),
  },
  money: {
    schema: (f, lang) => number(f, lang, 2),
  },
  percent: {
    schema: (f, lang) => number({ min: 0, max: 1, ...f } as FieldDef, lang, 4),
  },
  date: {
    schema: (_f, lang) =>
      z.string({ error: message('notDate', lang) }).refine(isDate, { error: message('notDate', lang) }),
  },
  datetime: {
    // Any offset is accepted; the stored form is canonical UTC (see `normaliseValue`).
    schema: (_f, lang) =>
      z
        .string({ error: message('notInstant', lang) })
        .refine((v) => canonicalInstant(v) !== null, { error: message('notInstant', lang) }),
  },
  month: {
    schema: (_f, lang) =>
      z.string({ error: message('notMonth', lang) }).refine(isMonth, { error: message('notMonth', lang) }),
  },
  enum: { schema: enumValue },
  enumList: {
    schema: (f, lang) => z.array(enumValue(f, lang), { error: message('notList', lang) }),
  },
  boolean: {
    schema: (_f, lang) => z.boolean({ error: message('notBoolean', lang) }),
  },
  reference: { schema: (_f, lang) => ID(lang) },
  referenceList: {
    schema: (_f, lang) => z.array(ID(lang), { error: message('notList', lang) }),
  },
  object: {
    schema: (f, lang) => objectShape((f as { fields: FieldDef[] }).fields, lang),
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
  },
  scoreMap: {
    schema: (f, lang) => {
      const def = f as { integer?: boolean; min?: number; max?: number };
      let n = z.number({ error: message('notNumber', lang) });
      if (def.integer) n = n.int({ error: message('notInteger', lang) });
      return z.record(z.string().min(1).max(60), bounded(n, f, lang), { error: message('notObject', lang) });
    },
  },
};

export const FIELD_TYPES = Object.fromEntries(
  (Object.keys(FIELD_KINDS) as FieldType[]).map((type) => [type, { ...FIELD_KINDS[type], ...SCHEMAS[type] }]),
) as Record<FieldType, FieldTypeSpec>;

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
