import { useList, type BaseRecord } from '@refinedev/core';
import { useMemo } from 'react';
import type { TemplateRecord } from '../../../domain/satisfaction';

/** Every survey template (a handful), by id: the entry form and the show page read their shape. */
export function useTemplates() {
  const { result, query } = useList<BaseRecord>({
    resource: 'survey-templates',
    pagination: { mode: 'off' },
    sorters: [{ field: 'name', order: 'asc' }],
    errorNotification: false,
  });
  const templates = useMemo(() => (result.data ?? []) as unknown as TemplateRecord[], [result.data]);
  const byId = useMemo(() => new Map(templates.map((t) => [Number(t.id), t])), [templates]);
  return { templates, byId, loading: query.isLoading };
}
