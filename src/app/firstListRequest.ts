import type { DataProvider, GetListParams } from '@refinedev/core';
import { PAGE_SIZE } from '../crud/pages/listDefaults';
import { storedLang } from '../i18n';
import { roleMayOpen } from '../providers/accessControl';
import { API_URL, createDataProvider } from '../providers/dataProvider';
import { fetchListAhead } from '../providers/listFetchedAhead';
import { getResource } from '../resources';
import type { ResourceDef } from '../schema/resource';

/** The request a generated list makes for its first page: page 1 in the default order, unfiltered. */
export function firstListRequest(resource: ResourceDef): GetListParams {
  return {
    resource: resource.name,
    pagination: { currentPage: 1, pageSize: PAGE_SIZE, mode: 'server' },
    sorters: resource.defaultSort ?? [],
    filters: [],
  };
}

/**
 * For a list opened by its bare address (`/complaints`: no page, order or filter in it), fetch
 * its first page now, with the console's code, as the list page will ask for it. Anything else
 * (a singleton, a resource the role may not read, an address with a query) is left to the page.
 */
export function fetchFirstListAhead(
  location: Pick<Location, 'pathname' | 'search'>,
  provider: DataProvider = createDataProvider(API_URL, storedLang),
): void {
  const [, name, action] = location.pathname.split('/');
  if (!name || action !== undefined || location.search) return;
  const resource = getResource(name);
  if (!resource || resource.singleton || !roleMayOpen(name, 'list')) return;
  fetchListAhead(provider, firstListRequest(resource));
}
