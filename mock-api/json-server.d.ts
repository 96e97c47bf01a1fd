/**
 * The small parts of json-server 0.17 and lowdb 1.x that the mock API uses. Neither package
 * ships types; these declarations cover only what `mock-api/` calls.
 */

declare module 'lowdb' {
  /** A synchronous lowdb adapter: `read` returns the state, `write` persists it. */
  interface AdapterSync<S> {
    read(): S;
    write(state: S): void;
  }

  /** A lowdb 1.x instance over a synchronous adapter (a lodash chain wrapping the state). */
  interface LowdbSync<S> {
    getState(): S;
    setState(state: S): LowdbSync<S>;
    /** Persists the whole state through the adapter; returns its argument. */
    write<T>(returnValue?: T): T;
    read(): LowdbSync<S>;
  }

  function low<S>(adapter: AdapterSync<S>): LowdbSync<S>;

  namespace low {
    export type { AdapterSync, LowdbSync };
  }

  export = low;
}

declare module 'json-server' {
  import type { Request, Response, Router } from 'express';
  import type { LowdbSync } from 'lowdb';

  interface RouterOptions {
    foreignKeySuffix?: string;
  }

  /** json-server's REST router over a lowdb instance. */
  interface JsonServerRouter<S> extends Router {
    db: LowdbSync<S>;
    /** Sends `res.locals.data`; replaceable. */
    render(req: Request, res: Response): void;
  }

  const jsonServer: {
    router<S>(db: LowdbSync<S>, opts?: RouterOptions): JsonServerRouter<S>;
  };
  export default jsonServer;
  export type { JsonServerRouter, RouterOptions };
}
