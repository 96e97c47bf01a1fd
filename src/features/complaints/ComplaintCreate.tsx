import { SaveButton } from '@refinedev/antd';
import { useOne, useParsed, type BaseRecord } from '@refinedev/core';
import { Alert, Form, Segmented, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { CrudPage } from '../../crud/pages/CrudPage';
import { PageFrame } from '../../crud/pages/PageFrame';
import { PageFrameCard } from '../../crud/pages/PageFrameCard';
import { RecordForm } from '../../crud/pages/RecordForm';
import { useRecordForm } from '../../crud/pages/useRecordForm';
import { useCrudText } from '../../crud/text';
import { useLabel } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { prefillFromQuery } from './prefill';
import { useComplaintText } from './text';
import { useMyEmployee } from './useMyEmployee';

type Source = 'customer' | 'new';

/**
 * The complaint form: the generated one, received "now" by default, with the complainant either
 * picked from the customer files (name and phone then filled in from the file) or typed in as
 * a new complainant without a file. A link may prefill it (`?customerId=…&branchId=…&staffId=…
 * &channel=…&description=…`, see `prefill.ts`). Numbers, deadlines and the status are the backend's.
 */
export function ComplaintCreate({ resource }: { resource: ResourceDef }) {
  const t = useComplaintText();
  const crud = useCrudText();
  const label = useLabel();
  const { formProps, saveButtonProps, failure, clearFailure } = useRecordForm(resource, 'create');
  const form = formProps.form as FormInstance<Record<string, unknown>>;
  const { params } = useParsed<Record<string, unknown>>();
  // Read once: the form's starting values from the link that opened it.
  const [prefill] = useState(() => prefillFromQuery(params ?? {}));
  // Who registers a complaint usually handles it: the signed-in employee by default, changeable.
  const me = useMyEmployee();
  const myEmployeeId = me.fromLogin ? me.employeeId : null;
  useEffect(() => {
    // The identity may arrive after the form mounted: fill the handler unless someone chose one.
    if (myEmployeeId !== null && !form.isFieldTouched('handlerId') && !form.getFieldValue('handlerId'))
      form.setFields([{ name: 'handlerId', value: myEmployeeId }]);
  }, [myEmployeeId, form]);
  const [source, setSource] = useState<Source>('customer');
  const customerId = Form.useWatch('customerId', form) as number | null | undefined;
  const { result: customer } = useOne<BaseRecord>({
    resource: 'customers',
    id: customerId ?? undefined,
    queryOptions: { enabled: typeof customerId === 'number' },
    errorNotification: false,
  });
  // What the form last filled in from a file: a value the user has since typed over is kept.
  const filled = useRef<{ name?: unknown; phone?: unknown }>({});
  useEffect(() => {
    if (!customer || customer.id !== customerId) return;
    const current = form.getFieldsValue(['complainantName', 'complainantPhone']) as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    if (!current.complainantName || current.complainantName === filled.current.name)
      next.complainantName = customer.name;
    if (!current.complainantPhone || current.complainantPhone === filled.current.phone)
      next.complainantPhone = customer.phone ?? null;
    filled.current = { name: customer.name, phone: customer.phone };
    form.setFields(Object.entries(next).map(([name, value]) => ({ name, value })));
  }, [customer, customerId, form]);

  const chooseSource = (next: Source) => {
    setSource(next);
    if (next === 'new') {
      form.setFields([{ name: 'customerId', value: null }]);
      filled.current = {};
    }
  };

  return (
    <CrudPage>
      <PageFrame title={`${crud.create} · ${label(resource.label)}`} back>
        <PageFrameCard footer={<SaveButton {...saveButtonProps} htmlType="submit" />}>
          <Segmented<Source>
            aria-label={t.complainantSource}
            value={source}
            onChange={chooseSource}
            options={[
              { value: 'customer', label: t.fromCustomers },
              { value: 'new', label: t.newComplainant },
            ]}
            style={{ marginBottom: 16 }}
          />
          {source === 'customer' && customer && customer.id === customerId && (
            <Alert type="info" showIcon message={t.filledFromCustomer} style={{ marginBottom: 16 }} />
          )}
          <RecordForm
            resource={resource}
            formProps={{
              ...formProps,
              initialValues: {
                ...formProps.initialValues,
                receivedAt: new Date().toISOString(),
                ...(myEmployeeId !== null ? { handlerId: myEmployeeId } : {}),
                ...prefill,
              },
            }}
            failure={failure}
            onCloseFailure={clearFailure}
          />
        </PageFrameCard>
      </PageFrame>
    </CrudPage>
  );
}
