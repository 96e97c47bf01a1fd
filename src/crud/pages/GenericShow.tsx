import { UnorderedListOutlined, EditOutlined } from '@ant-design/icons';
import { RefreshButton } from '@refinedev/antd';
import {
  useGo,
  useNavigation,
  useOne,
  useParsed,
  type BaseKey,
  type BaseRecord,
  type HttpError,
} from '@refinedev/core';
import { Descriptions } from 'antd';
import { useMemo } from 'react';
import { useLabel, useLang } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { ReferenceScope, referenceRequests } from '../references/ReferenceScope';
import { recordTitle } from '../references/title';
import { useCrudText } from '../text';
import { CrudPage } from './CrudPage';
import { FieldDisplay } from '../widgets/displays';
import { isWide } from '../widgets/render';
import { DeleteRecordButton } from './DeleteRecordButton';
import { canDelete, canEdit, showFields } from './fields';
import { LinkButton } from './LinkButton';
import { ErrorState } from './ListStates';
import { PageFrame } from './PageFrame';
import { PageFrameCard } from './PageFrameCard';
import { RelatedList } from './RelatedList';
import { retryTransient } from './retry';

/** The show page: every field by its display widget, then the related lists. */
export function GenericShow({ resource, id: idProp }: { resource: ResourceDef; id?: BaseKey }) {
  const parsed = useParsed();
  const id = idProp ?? parsed.id;
  const back = parsed.action !== undefined && parsed.action !== 'list';
  const t = useCrudText();
  const label = useLabel();
  const lang = useLang();
  const go = useGo();
  const { listUrl, editUrl } = useNavigation();
  const { query, result: record } = useOne<BaseRecord, HttpError>({
    resource: resource.name,
    id,
    queryOptions: { enabled: id !== undefined, retry: retryTransient },
    errorNotification: false,
  });
  const fields = useMemo(() => showFields(resource), [resource]);
  const requests = useMemo(() => referenceRequests(fields, record ? [record] : []), [fields, record]);
  const name = record ? recordTitle(resource, record, lang) : '';
  const title = name ? `${label(resource.label)} · ${name}` : label(resource.label);

  const buttons =
    id === undefined ? null : (
      <>
        {!resource.singleton && (
          <LinkButton icon={<UnorderedListOutlined />} to={listUrl(resource.name)}>
            {label(resource.label)}
          </LinkButton>
        )}
        {canEdit(resource) && (
          <LinkButton
            type="primary"
            icon={<EditOutlined />}
            to={editUrl(resource.name, id)}
            disabled={!record}
          >
            {t.edit}
          </LinkButton>
        )}
        {canDelete(resource) && record && (
          <DeleteRecordButton
            resource={resource.name}
            id={id}
            title={name}
            onSuccess={() => go({ to: listUrl(resource.name), type: 'push' })}
          />
        )}
        <RefreshButton resource={resource.name} recordItemId={id} />
      </>
    );

  return (
    <CrudPage>
      {/* The back arrow on the show route, not on a singleton's list (which shows its record). */}
      <PageFrame title={title} back={back} extra={buttons}>
        <PageFrameCard loading={query.isLoading}>
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <ReferenceScope requests={requests}>
              <Descriptions
                bordered
                size="middle"
                // Two pairs a row up to wide screens: with three, labels wrap a character a line.
                column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
                styles={{ label: { minWidth: 96 } }}
                items={fields.map((f) => ({
                  key: f.name,
                  label: label(f.label),
                  span: isWide(f) ? 'filled' : 1,
                  children: <FieldDisplay field={f} value={record?.[f.name]} />,
                }))}
              />
            </ReferenceScope>
          )}
        </PageFrameCard>
      </PageFrame>
      {record &&
        id !== undefined &&
        resource.related?.map((r) => (
          <RelatedList key={`${r.resource}.${r.field}`} related={r} parentId={record.id ?? id} />
        ))}
    </CrudPage>
  );
}
