import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { seedListsFetchedAhead } from './listFetchedAhead';

/** refine's query key for `useGetIdentity` (`keys().auth().action('identity').get()`). */
export const IDENTITY_KEY = ['auth', 'identity'] as const;

/**
 * The console's react-query client, with refine's own defaults (no refetch when the window
 * regains focus; a list keeps its rows while the next page loads). Made here rather than by
 * refine so that a list's first page fetched ahead can be put into it (listFetchedAhead.ts).
 *
 * `identity` (who is signed in, known from the session before the first render) is put in at
 * once and kept until refine invalidates it on signing in or out. Fetched on a page's first
 * render instead, its "fetching" state reached every page holding refine's audit-log hook (a
 * list's delete), and rendered the whole list again, twice, before the first paint.
 */
export function createQueryClient(identity?: unknown): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, placeholderData: keepPreviousData } },
  });
  client.setQueryDefaults(IDENTITY_KEY, { staleTime: Infinity });
  if (identity !== undefined) client.setQueryData(IDENTITY_KEY, identity);
  seedListsFetchedAhead(client);
  return client;
}
