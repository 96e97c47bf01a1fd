import { createContext, useContext, type ReactNode } from 'react';
import { getResource } from '../resources';
import type { ResourceDef } from '../schema/resource';

type Lookup = (name: string) => ResourceDef | undefined;

const LookupContext = createContext<Lookup>(getResource);

/**
 * Where the generic pages find other resources' declarations (a reference's title field, a
 * related list's columns). The product's registry by default; tests provide their own.
 */
export function ResourceLookupProvider({ lookup, children }: { lookup: Lookup; children: ReactNode }) {
  return <LookupContext.Provider value={lookup}>{children}</LookupContext.Provider>;
}

export function useResourceLookup(): Lookup {
  return useContext(LookupContext);
}
