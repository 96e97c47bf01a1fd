import { DeleteButton, RefreshButton, SaveButton } from '@refinedev/antd';
import { useGo, useNavigation, useParsed, type BaseKey } from '@refinedev/core';
import { useLabel, useLang } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { recordTitle } from '../references/title';
import { format, useCrudText } from '../text';
import { ConflictAlert } from './ConflictAlert';
import { CrudPage } from './CrudPage';
import { deleteFailure } from './DeleteRecordButton';
import { canDelete } from './fields';
import { ErrorState } from './ListStates';
import { PageFrame } from './PageFrame';
import { PageFrameCard } from './PageFrameCard';
import { RecordForm } from './RecordForm';
import { useRecordForm } from './useRecordForm';

/** The edit page (a singleton's only page that writes): the declaration's form on the loaded record. */
export function GenericEdit({ resource, id: idProp }: { resource: ResourceDef; id?: BaseKey }) {
  const t = useCrudText();
  const label = useLabel();
  const lang = useLang();
  const go = useGo();
  const { listUrl } = useNavigation();
  const parsed = useParsed();
  const id = idProp ?? parsed.id ?? (resource.singleton ? 1 : undefined);
  const {
    formProps,
    saveButtonProps,
    formLoading,
    query,
    loaded,
    failure,
    clearFailure,
    conflict,
    overwrite,
    reload,
  } = useRecordForm(resource, 'edit', id);
  const name = loaded ? recordTitle(resource, loaded, lang) : '';
  const deletable = canDelete(resource);
  // While the record loads, its buttons wait (as refine's Edit had them).
  const waiting = formLoading ? { disabled: true } : {};
  const footer = (
    <>
      {deletable && (
        <DeleteButton
          {...waiting}
          resource={resource.name}
          recordItemId={id}
          aria-label={format(t.deleteRecord, { title: name })}
          confirmTitle={t.deleteConfirm}
          confirmOkText={t.deleteConfirmOk}
          confirmCancelText={t.deleteCancel}
          errorNotification={deleteFailure(t)}
          onSuccess={() => go({ to: listUrl(resource.name), type: 'push' })}
        />
      )}
      <SaveButton {...waiting} {...saveButtonProps} />
    </>
  );
  return (
    <CrudPage>
      <PageFrame
        title={`${t.edit} · ${label(resource.label)}${name ? ` · ${name}` : ''}`}
        // The back arrow on the edit route (not when the page stands for a list), as refine's Edit.
        back={parsed.action !== undefined && parsed.action !== 'list'}
        extra={<RefreshButton {...waiting} resource={resource.name} recordItemId={id} />}
      >
        <PageFrameCard loading={formLoading} footer={footer}>
          {conflict && <ConflictAlert onReload={() => void reload()} onOverwrite={() => void overwrite()} />}
          {query?.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <RecordForm
              resource={resource}
              formProps={formProps}
              loaded={loaded}
              failure={failure}
              onCloseFailure={clearFailure}
            />
          )}
        </PageFrameCard>
      </PageFrame>
    </CrudPage>
  );
}
