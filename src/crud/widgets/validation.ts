import type { FormRule } from 'antd';
import { createContext, useContext, useEffect } from 'react';
import { useLang } from '../../i18n/lang';
import type { FieldDef } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { cleanValue } from './registry';
import type { NamePath } from './types';

export interface Issue {
  path: (string | number)[];
  message: string;
  code: string;
}

type Validators = typeof import('../../schema/fieldTypes');
let validators: Promise<Validators> | undefined;

/**
 * The validators (zod, ~24 KB gzipped) load with the first form control, not with the lists
 * that show the same widgets' cells. A failed load is retried on the next call.
 */
export function loadValidators(): Promise<Validators> {
  validators ??= import('../../schema/fieldTypes').catch((error: unknown) => {
    validators = undefined;
    throw error;
  });
  return validators;
}

/**
 * Issues of a (cleaned) value against the field's declaration: the backend's own messages.
 * If the validators cannot load (network), none: the backend checks the same schema and its
 * field errors are shown on the form (`serverErrors.ts`).
 */
export async function schemaIssues(field: FieldDef, lang: Lang, value: unknown): Promise<Issue[]> {
  let loaded: Validators;
  try {
    loaded = await loadValidators();
  } catch {
    return [];
  }
  const result = loaded.fieldSchema(field, lang).safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
    code: i.code,
  }));
}

/** The form's record as loaded (edit) — values left as they were are not re-checked. */
export const FormRecordContext = createContext<{ initial?: Record<string, unknown> }>({});

function valueAt(record: Record<string, unknown>, path: NamePath): unknown {
  let cur: unknown = record;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The antd rule of a field: runs `fieldSchema` on the value the form would submit, so the
 * browser shows the backend's messages before any request. On edit, a value left as loaded
 * passes (the stored record may hold a masked phone the user never touched).
 */
export function useSchemaRule(
  field: FieldDef,
  path: NamePath,
  pick: (issues: Issue[]) => Issue[] = (i) => i,
): FormRule {
  const lang = useLang();
  const { initial } = useContext(FormRecordContext);
  // Start fetching the validators when a form shows, before the first value is checked.
  useEffect(() => {
    loadValidators().catch(() => undefined);
  }, []);
  return {
    validator: async (_rule, raw: unknown) => {
      const value = cleanValue(field, raw);
      if (initial && sameValue(value, cleanValue(field, valueAt(initial, path)))) return;
      const issues = pick(await schemaIssues(field, lang, value));
      if (issues.length > 0) throw new Error(describeIssue(issues[0]));
    },
  };
}

/** An issue's message, prefixed with where it is when it is inside the value (a map key). */
export function describeIssue(issue: Issue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
