import type { HttpError } from '@refinedev/core';

/**
 * Retries a read only when the failure is likely to pass (no answer, a gateway hiccup); a
 * refusal or a server bug is shown at once with its message instead of after three retries.
 */
export function retryTransient(failureCount: number, error: HttpError): boolean {
  const status = error?.statusCode ?? 0;
  return failureCount < 2 && (status === 0 || status === 502 || status === 503 || status === 504);
}
