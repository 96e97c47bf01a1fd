import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { seedListsFetchedAhead } from './listFetchedAhead';

/**
 * The console's react-query client, with refine's own defaults (no refetch when the window
 * regains focus; a list keeps its rows while the next page loads). Made here rather than by
 * refine so that a list's first page fetched ahead can be put into it (listFetchedAhead.ts).
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, placeholderData: keepPreviousData } },
  });
  seedListsFetchedAhead(client);
  return client;
}
