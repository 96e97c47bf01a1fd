import { Link, useNavigation, type BaseKey } from '@refinedev/core';
import { Typography } from 'antd';
import { useLang } from '../../i18n/lang';
import { useResourceLookup } from '../lookup';
import { format, useCrudText } from '../text';
import { useReferencedRecord } from './ReferenceScope';
import { recordTitle } from './title';

/** The name of a referred record (from the page's batched requests), linked to its page. */
export function ReferenceName({ resource, id }: { resource: string; id: BaseKey }) {
  const lang = useLang();
  const t = useCrudText();
  const lookup = useResourceLookup();
  const { showUrl } = useNavigation();
  const { record, pending, readable } = useReferencedRecord(resource, id);
  if (!record) {
    const text = pending ? '…' : readable ? format(t.unknownRecord, { id: String(id) }) : `#${String(id)}`;
    return (
      <Typography.Text type="secondary" aria-busy={pending || undefined}>
        {text}
      </Typography.Text>
    );
  }
  const name = recordTitle(lookup(resource), record, lang);
  const url = showUrl(resource, id);
  return url ? <Link to={url}>{name}</Link> : <>{name}</>;
}
