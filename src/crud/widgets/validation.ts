import type { FormRule } from 'antd';
import { createContext, useContext } from 'react';
import { useLang } from '../../i18n/lang';
import { fieldSchema } from '../../schema/fieldTypes';
import type { FieldDef } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { cleanValue } from './registry';
import type { NamePath } from './types';

export interface Issue {
  path: (string | number)[];
  message: string;
  code: string;
}

/** Issues of a (cleaned) value against the field's declaration: the backend's own messages. */
export function schemaIssues(field: FieldDef, lang: Lang, value: unknown): Issue[] {
  const result = fieldSchema(field, lang).safeParse(value);
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
  return {
    validator: async (_rule, raw: unknown) => {
      const value = cleanValue(field, raw);
      if (initial && sameValue(value, cleanValue(field, valueAt(initial, path)))) return;
      const issues = pick(schemaIssues(field, lang, value));
      if (issues.length > 0) throw new Error(describeIssue(issues[0]));
    },
  };
}

/** An issue's message, prefixed with where it is when it is inside the value (a map key). */
export function describeIssue(issue: Issue): string {
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
