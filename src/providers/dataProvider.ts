import type { DataProvider } from '@refinedev/core';
import simpleRest from '@refinedev/simple-rest';
import axios from 'axios';
import type { Lang } from '../schema/labels';
import { toHttpError } from './httpError';
import { clearSession, readSession } from './session';

/** Where the console finds its backend: any simple-rest API, `/api` (the embedded mock) by default. */
export const API_URL: string = import.meta.env?.VITE_API_URL || '/api';

/**
 * refine's simple-rest provider on an axios instance of our own: it tells the backend the
 * console's language (messages come back in it), sends the session's token, and keeps field
 * errors on failures. A 401 ends the session (the auth provider then opens the sign-in page).
 */
export function createDataProvider(apiUrl: string, getLang: () => Lang): DataProvider {
  const http = axios.create();
  http.interceptors.request.use((config) => {
    config.headers.set('Accept-Language', getLang() === 'en' ? 'en-US' : 'zh-CN');
    const session = readSession();
    if (session) config.headers.set('Authorization', `Bearer ${session.token}`);
    return config;
  });
  http.interceptors.response.use(
    (response) => response,
    (error: unknown) => {
      const failure = toHttpError(error, getLang());
      if (failure.statusCode === 401) clearSession();
      return Promise.reject(failure);
    },
  );
  return simpleRest(apiUrl, http);
}
