import type { BaseKey } from '@refinedev/core';
import { format } from '../text';
import { useReferenceLinkKit, ReferenceLinks } from './ReferenceLinks';
import { useReferencedRecord } from './ReferenceScope';
import { recordTitle } from './title';

/**
 * The name of a referred record (from the page's batched requests), linked to its page.
 *
 * A list shows two or three of these per row: each reads the page's kit (language, texts, URLs,
 * link handler) from one context and renders a plain `<a>` or `<span>`, where a router `Link`
 * and antd's `Typography.Text` (with their hooks) per name used to be.
 */
export function ReferenceName({ resource, id }: { resource: string; id: BaseKey }) {
  const kit = useReferenceLinkKit();
  const { record, pending, readable } = useReferencedRecord(resource, id);
  // Outside a page's scope (not the lists' case), the name makes its own kit.
  if (!kit) {
    return (
      <ReferenceLinks>
        <ReferenceName resource={resource} id={id} />
      </ReferenceLinks>
    );
  }
  if (!record) {
    const text = pending
      ? '…'
      : readable
        ? format(kit.t.unknownRecord, { id: String(id) })
        : `#${String(id)}`;
    return (
      <span style={{ color: kit.secondaryColor }} aria-busy={pending || undefined}>
        {text}
      </span>
    );
  }
  const name = recordTitle(kit.lookup(resource), record, kit.lang);
  const url = kit.showUrl(resource, id);
  return url ? (
    <a href={url} onClick={kit.follow}>
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}
