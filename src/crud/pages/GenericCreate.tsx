import { SaveButton } from '@refinedev/antd';
import { useLabel } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { useCrudText } from '../text';
import { CrudPage } from './CrudPage';
import { PageFrame } from './PageFrame';
import { PageFrameCard } from './PageFrameCard';
import { RecordForm } from './RecordForm';
import { useRecordForm } from './useRecordForm';

/** The create page: the declaration's form, its defaults filled in. */
export function GenericCreate({ resource }: { resource: ResourceDef }) {
  const t = useCrudText();
  const label = useLabel();
  const { formProps, saveButtonProps, failure, clearFailure } = useRecordForm(resource, 'create');
  return (
    <CrudPage>
      <PageFrame title={`${t.create} · ${label(resource.label)}`} back>
        <PageFrameCard footer={<SaveButton {...saveButtonProps} htmlType="submit" />}>
          <RecordForm
            resource={resource}
            formProps={formProps}
            failure={failure}
            onCloseFailure={clearFailure}
          />
        </PageFrameCard>
      </PageFrame>
    </CrudPage>
  );
}
