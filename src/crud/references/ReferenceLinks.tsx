import { useNavigation, type BaseKey } from '@refinedev/core';
import { theme } from 'antd';
import { createContext, useContext, useMemo, type MouseEvent, type ReactNode } from 'react';
import { useLang } from '../../i18n/lang';
import type { Lang } from '../../schema/labels';
import { useResourceLookup } from '../lookup';
import { useFollowLink } from '../pages/useFollowLink';
import { useCrudText, type CrudText } from '../text';

/** What every reference name of a page needs, read once for the page instead of once per cell. */
export interface ReferenceLinkKit {
  lang: Lang;
  t: CrudText;
  lookup: ReturnType<typeof useResourceLookup>;
  /** The record's page, or '' when the resource has none. */
  showUrl(resource: string, id: BaseKey): string;
  /** The click of a name's link: navigates inside the app (see `useFollowLink`). */
  follow(e: MouseEvent<HTMLElement>): void;
  /** antd's secondary text colour in the current theme (a name still loading or unknown). */
  secondaryColor: string;
}

const KitContext = createContext<ReferenceLinkKit | null>(null);

/** Provides the kit; `ReferenceScope` does, so a page's names share one. */
export function ReferenceLinks({ children }: { children: ReactNode }) {
  const lang = useLang();
  const t = useCrudText();
  const lookup = useResourceLookup();
  const { showUrl } = useNavigation();
  const follow = useFollowLink();
  const { token } = theme.useToken();
  const kit = useMemo<ReferenceLinkKit>(
    () => ({
      lang,
      t,
      lookup,
      showUrl: (resource, id) => showUrl(resource, id) ?? '',
      follow,
      secondaryColor: token.colorTextDescription,
    }),
    [lang, t, lookup, showUrl, follow, token.colorTextDescription],
  );
  return <KitContext.Provider value={kit}>{children}</KitContext.Provider>;
}

/** The page's kit; null outside any `ReferenceLinks`. */
export function useReferenceLinkKit(): ReferenceLinkKit | null {
  return useContext(KitContext);
}
