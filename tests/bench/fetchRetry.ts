/**
 * `fetch` for the benchmark's reads, retried up to twice when no answer came ("fetch failed"):
 * while the mock API rewrites its 418 MB file it answers nothing, and a keep-alive connection
 * it closes just as the client reuses it fails without being a refusal. HTTP errors are not
 * retried. Only for idempotent GETs.
 */
export const retryingFetch: typeof fetch = async (input, init) => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(input, init);
    } catch (error) {
      if (attempt >= 2 || init?.signal?.aborted) throw error;
    }
  }
};
