import type { ReactNode } from 'react';
import '../focus.css';

/** The wrapper of every generic page: scopes the focus ring of `focus.css`. */
export function CrudPage({ children }: { children: ReactNode }) {
  return <div className="sq-crud">{children}</div>;
}
