import { useDataProvider, type BaseRecord } from '@refinedev/core';
import { useEffect, useState } from 'react';
import { useResourceLookup } from '../../../crud/lookup';
import { recordTitle } from '../../../crud/references/title';
import type { Lang } from '../../../schema/labels';
import { RECORDS_PER_RESOURCE, RECORD_SEARCHES, type PaletteItem } from './items';

/** Waits for the typing to pause before asking the API. */
const DEBOUNCE_MS = 250;

/**
 * Records of the key resources matching the query, as palette items. Only resources the user
 * may read are searched; a failed search is simply left out. The latest query wins.
 */
export function useRecordSearch(
  query: string,
  lang: Lang,
  canRead: (resource: string) => boolean,
): { items: PaletteItem[]; searching: boolean } {
  const getProvider = useDataProvider();
  const lookup = useResourceLookup();
  const [result, setResult] = useState<{ query: string; items: PaletteItem[] }>({ query: '', items: [] });
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      const provider = getProvider();
      const searches = RECORD_SEARCHES.filter((s) => canRead(s.resource)).map(async (search) => {
        const answers = await Promise.allSettled(
          search.queries(trimmed).map((filters) =>
            provider.getList({
              resource: search.resource,
              filters,
              pagination: { currentPage: 1, pageSize: RECORDS_PER_RESOURCE, mode: 'server' },
            }),
          ),
        );
        const seen = new Map<string, BaseRecord>();
        for (const a of answers) {
          if (a.status === 'fulfilled') for (const r of a.value.data) seen.set(String(r.id), r);
        }
        const def = lookup(search.resource);
        return [...seen.values()].slice(0, RECORDS_PER_RESOURCE).map((r): PaletteItem => ({
          key: `record:${search.resource}:${String(r.id)}`,
          group: 'records',
          label: recordTitle(def, r, lang),
          hint: def?.label[lang] ?? search.resource,
          path: `/${search.resource}/show/${String(r.id)}`,
          search: '',
        }));
      });
      void Promise.all(searches).then((lists) => {
        if (!stale) setResult({ query: trimmed, items: lists.flat() });
      });
    }, DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [trimmed, lang, getProvider, lookup, canRead]);

  if (trimmed === '') return { items: [], searching: false };
  return { items: result.query === trimmed ? result.items : [], searching: result.query !== trimmed };
}
