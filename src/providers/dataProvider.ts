import type { DataProvider } from '@refinedev/core';
import simpleRest from '@refinedev/simple-rest';
import type { Lang } from '../schema/labels';
import { createHttpClient } from './httpClient';
import { toHttpError } from './httpError';
import { requestHeaders } from './requestHeaders';
import { clearSession } from './session';

/** Where the console finds its backend: any simple-rest API, `/api` (the embedded mock) by default. */
export const API_URL: string = import.meta.env?.VITE_API_URL || '/api';

/**
 * refine's simple-rest provider on an HTTP client of our own (httpClient.ts): it tells the
 * backend the console's language (messages come back in it), sends the session's token, and
 * keeps field errors on failures. A 401 ends the session (the auth provider then opens the
 * sign-in page).
 */
export function createDataProvider(apiUrl: string, getLang: () => Lang): DataProvider {
  const http = createHttpClient({
    headers: () => requestHeaders(getLang()),
    onFailure: (error) => {
      const failure = toHttpError(error, getLang());
      if (failure.statusCode === 401) clearSession();
      return failure;
    },
  });
  // simple-rest's type names an AxiosInstance, but it only calls get/delete/head/options/post/put/patch and
  // reads { data, headers }, which our client answers with.
  return simpleRest(apiUrl, http as unknown as Parameters<typeof simpleRest>[1]);
}
