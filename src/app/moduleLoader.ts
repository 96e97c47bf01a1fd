/** A dynamic import made once, that also tells whether its module has arrived. */
export interface ModuleLoader<M> {
  (): Promise<M>;
  /** The module, once its import has resolved; until then `undefined`. */
  arrived(): M | undefined;
}

/**
 * Wraps a dynamic import: called again it returns the same promise (a failed import is tried
 * afresh), and `arrived()` answers synchronously. React-free: the entry (main.tsx) uses it.
 */
export function moduleLoader<M>(load: () => Promise<M>): ModuleLoader<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const get = () =>
    (pending ??= load().then(
      (m) => (module = m),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.assign(get, { arrived: () => module });
}
