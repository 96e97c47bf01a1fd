import { Create } from '@refinedev/antd';
import { useLabel } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { useCrudText } from '../text';
import { CrudPage } from './CrudPage';
import { RecordForm } from './RecordForm';
import { useRecordForm } from './useRecordForm';

/** The create page: the declaration's form, its defaults filled in. */
export function GenericCreate({ resource }: { resource: ResourceDef }) {
  const t = useCrudText();
  const label = useLabel();
  const { formProps, saveButtonProps, failure, clearFailure } = useRecordForm(resource, 'create');
  return (
    <CrudPage>
      <Create
        resource={resource.name}
        title={`${t.create} · ${label(resource.label)}`}
        saveButtonProps={saveButtonProps}
      >
        <RecordForm
          resource={resource}
          formProps={formProps}
          failure={failure}
          onCloseFailure={clearFailure}
        />
      </Create>
    </CrudPage>
  );
}
