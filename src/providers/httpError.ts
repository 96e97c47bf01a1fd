import type { HttpError } from '@refinedev/core';
import type { Lang } from '../schema/labels';
import { HttpClientError } from './httpClient';

const UNREACHABLE = {
  zh: '无法连接服务器，请检查网络后重试',
  en: 'The server cannot be reached; check the connection and retry',
};

/**
 * Turns a failed request (httpClient.ts) into refine's HttpError, keeping the backend's field errors
 * (`{ errors: { 'lines.0.unitPrice': '…' } }`) so forms can show them beside the fields.
 * simple-rest's own interceptor drops them, hence this one.
 */
export function toHttpError(error: unknown, lang: Lang): HttpError {
  if (error instanceof HttpClientError && error.response) {
    const body = error.response.data as
      { message?: unknown; errors?: unknown; currentVersion?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : error.message;
    const errors =
      body && typeof body.errors === 'object' && body.errors !== null
        ? (body.errors as Record<string, string>)
        : undefined;
    // A 409 for a stale version names the record's version now, for "overwrite knowingly".
    const currentVersion = typeof body?.currentVersion === 'number' ? body.currentVersion : undefined;
    return currentVersion === undefined
      ? { message, statusCode: error.response.status, errors }
      : { message, statusCode: error.response.status, errors, currentVersion };
  }
  return { message: UNREACHABLE[lang], statusCode: 0 };
}
