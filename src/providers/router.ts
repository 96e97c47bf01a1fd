import {
  matchResourceFromRoute,
  QS_PARSE_DEPTH,
  ResourceContext,
  type GoConfig,
  type GoFunction,
  type IResourceItem,
  type ParseResponse,
  type RouterProvider,
} from '@refinedev/core';
import routerBindings from '@refinedev/react-router';
import qs from 'qs';
import { useCallback, useContext, useMemo } from 'react';
import { matchPath, useLocation, useNavigate, useParams } from 'react-router';

type RouteMatch = ReturnType<typeof matchResourceFromRoute>;

/**
 * Which resource and action an address is, per resource list (refine keeps one list until the
 * resources change) and path. refine's router bindings match the path against every action
 * route of every resource once per hook call, and its hooks call that many times per render:
 * each row's links and delete button did it again, ~0.6 s of the complaint list's first load
 * (CPU profile, 2026-11-30). The answer only depends on the list and the path: match once.
 */
const matches = new WeakMap<readonly IResourceItem[], Map<string, RouteMatch>>();

export function matchRoute(pathname: string, resources: IResourceItem[]): RouteMatch {
  let byPath = matches.get(resources);
  if (!byPath) matches.set(resources, (byPath = new Map()));
  let match = byPath.get(pathname);
  if (!match) byPath.set(pathname, (match = matchResourceFromRoute(pathname, resources)));
  return match;
}

/** `"2"` → 2; anything else as it is (refine's page and page size arrive as text in the URL). */
function numberIfPossible(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const n = Number(value);
  return `${n}` === value ? n : value;
}

/**
 * refine's `parse` hook, the same answer as @refinedev/react-router's (resource, action, id,
 * pathname, the path's and the query's parameters), with the route match shared (above).
 */
function useParse(): () => ParseResponse {
  const routeParams = useParams();
  const { pathname, search } = useLocation();
  const { resources } = useContext(ResourceContext);
  const { resource, action, matchedRoute } = matchRoute(pathname, resources);
  // Outside a matching <Route> (the frame), the path's parameters come from the matched route.
  const params = useMemo(
    () =>
      Object.keys(routeParams).length === 0 && matchedRoute
        ? (matchPath(matchedRoute, pathname)?.params ?? {})
        : routeParams,
    [routeParams, matchedRoute, pathname],
  );

  return useCallback(() => {
    const combined: Record<string, unknown> = {
      ...params,
      ...qs.parse(search, { ignoreQueryPrefix: true, depth: QS_PARSE_DEPTH }),
    };
    return {
      ...(resource && { resource }),
      ...(action && { action }),
      ...(params.id && { id: decodeURIComponent(params.id) }),
      pathname,
      params: {
        ...combined,
        currentPage: numberIfPossible(combined.currentPage) as number | undefined,
        pageSize: numberIfPossible(combined.pageSize) as number | undefined,
        to: typeof combined.to === 'string' ? decodeURIComponent(combined.to) : undefined,
      },
    };
  }, [pathname, search, params, resource, action]);
}

/**
 * refine's `go` (navigate, or the address it would go to), with the query's values encoded.
 * @refinedev/react-router writes them as they are, so a filter's text with `&`, `#`, `+` or `%`
 * came back from the address cut or changed: after a reload, from a pager link or a bookmark
 * ("A&B#1" became "A"). Keys keep their brackets as refine writes them; `qs.parse` in `useParse`
 * decodes the values once. A `to` (where to return after signing in) is encoded once more, as
 * refine's own bindings do and `useParse` expects.
 */
function useGo(): GoFunction {
  const { search, hash } = useLocation();
  const navigate = useNavigate();
  return useCallback(
    ({ to = '', type, query, hash: wantedHash, options = {} }: GoConfig) => {
      const merged: Record<string, unknown> = {
        ...(options.keepQuery && qs.parse(search, { ignoreQueryPrefix: true, depth: QS_PARSE_DEPTH })),
        ...query,
      };
      if (merged.to) merged.to = encodeURIComponent(String(merged.to));
      const queryString = qs.stringify(merged, {
        addQueryPrefix: true,
        skipNulls: true,
        arrayFormat: 'indices',
        encodeValuesOnly: true,
      });
      const fragment = (wantedHash || (options.keepHash ? hash : '')).replace(/^#/, '');
      const path = `${to}${queryString}${fragment ? `#${fragment}` : ''}`;
      if (type === 'path') return path;
      navigate(path, { replace: type === 'replace' });
    },
    [search, hash, navigate],
  );
}

/** @refinedev/react-router's bindings with the shared route match and encoded query values. */
export const routerProvider: RouterProvider = { ...routerBindings, go: useGo, parse: useParse };
