// @vitest-environment jsdom
import './setup';
import * as coreEsm from '@refinedev/core';
import type { ParseResponse } from '@refinedev/core';
import routerBindings from '@refinedev/react-router';
import { renderHook } from '@testing-library/react';
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';
import * as routerEsm from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildRefineResources } from '../../src/app/refineResources';
import { matchRoute, routerProvider } from '../../src/providers/router';

const resources = buildRefineResources('zh');

/*
 * Node loads refine's bindings (vitest externalises node_modules) with react-router's CommonJS
 * build, while the console's provider gets its ES build: two router contexts. Each parse is
 * rendered under its own router (see harness.tsx).
 */
const cjsRouter = createRequire(import.meta.url)('react-router') as typeof routerEsm;
const ESM = { core: coreEsm, router: routerEsm };

/** The hook `parse` of a router provider, rendered at `url` (inside a route, as pages are, or not). */
function parsedAt(
  useParse: () => () => ParseResponse,
  url: string,
  inRoute: boolean,
  { core, router }: typeof ESM = ESM,
): ParseResponse {
  const { MemoryRouter, Route, Routes } = router;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <core.ResourceContext.Provider value={{ resources }}>
      <MemoryRouter initialEntries={[url]}>
        {inRoute ? (
          <Routes>
            <Route path="/:resource/:action/:id" element={children} />
            <Route path="*" element={children} />
          </Routes>
        ) : (
          children
        )}
      </MemoryRouter>
    </core.ResourceContext.Provider>
  );
  const { result } = renderHook(() => useParse()(), { wrapper });
  return result.current;
}

const URLS = [
  '/',
  '/complaints',
  '/complaints?currentPage=3&pageSize=50&sorters[0][field]=receivedAt&sorters[0][order]=desc',
  '/complaints?filters[0][field]=status&filters[0][operator]=eq&filters[0][value]=closed',
  '/complaints/show/17',
  '/complaints/edit/17',
  '/complaints/create',
  '/survey-responses/show/a%20b',
  '/employees?currentPage=x&pageSize=20',
  '/dashboards/satisfaction?month=2026-10&branch=BJ01',
  '/login?to=%2Fcomplaints%3FcurrentPage%3D2',
  '/no-such-page/at/all',
];

describe('the console’s route parsing', () => {
  it.each(URLS.flatMap((url) => [[url, true] as const, [url, false] as const]))(
    'answers %s (in a route: %s) as refine’s own bindings do',
    (url, inRoute) => {
      const ours = parsedAt(routerProvider.parse!, url, inRoute);
      const refines = parsedAt(routerBindings.parse!, url, inRoute, { core: coreEsm, router: cjsRouter });
      expect(ours).toEqual(refines);
    },
  );

  it('finds the resource, action and id of a record’s page', () => {
    const parsed = parsedAt(routerProvider.parse!, '/complaints/show/17?currentPage=2', true);
    expect(parsed.resource?.name).toBe('complaints');
    expect(parsed.action).toBe('show');
    expect(parsed.id).toBe('17');
    expect(parsed.params?.currentPage).toBe(2);
  });

  it('matches a path once per resource list', () => {
    const first = matchRoute('/employees/edit/3', resources);
    expect(first.resource?.name).toBe('employees');
    expect(matchRoute('/employees/edit/3', resources)).toBe(first);
    // Another list (the language switched, say) is matched afresh.
    const other = buildRefineResources('en');
    expect(matchRoute('/employees/edit/3', other)).not.toBe(first);
    expect(matchRoute('/employees/edit/3', other).resource?.name).toBe('employees');
  });

  it('writes an address whose filters read back as given: &, #, + and % in a value', () => {
    const filters = [
      { field: 'name', operator: 'contains', value: 'A&B#1 +50%' },
      { field: 'status', operator: 'in', value: ['open', 'a=b'] },
    ];
    const sorters = [{ field: 'receivedAt', order: 'desc' }];
    const { result } = renderHook(() => routerProvider.go!(), {
      wrapper: ({ children }) => (
        <routerEsm.MemoryRouter initialEntries={['/complaints?view=mine#top']}>
          {children}
        </routerEsm.MemoryRouter>
      ),
    });
    const address = result.current({
      to: '/complaints',
      type: 'path',
      query: { currentPage: 2, filters, sorters },
      options: { keepQuery: true, keepHash: true },
    }) as string;
    // The keys as refine writes them; the other query and the hash kept.
    expect(address).toContain('filters[0][field]=name');
    expect(address).toContain('view=mine');
    expect(address.endsWith('#top')).toBe(true);
    const params = parsedAt(routerProvider.parse!, address.replace(/#.*$/, ''), true).params;
    expect(params?.filters).toEqual(filters);
    expect(params?.sorters).toEqual(sorters);
    expect(params?.currentPage).toBe(2);
  });

  it('keeps the address to return to after signing in, as its parse reads it', () => {
    const { result } = renderHook(() => routerProvider.go!(), {
      wrapper: ({ children }) => <routerEsm.MemoryRouter>{children}</routerEsm.MemoryRouter>,
    });
    const to = '/complaints?filters[0][field]=name&filters[0][value]=A%26B';
    const address = result.current({ to: '/login', type: 'path', query: { to } }) as string;
    expect(parsedAt(routerProvider.parse!, address, false).params?.to).toBe(to);
  });
});
