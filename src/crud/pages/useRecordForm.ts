import { useForm } from '@refinedev/antd';
import type { BaseKey, BaseRecord, HttpError } from '@refinedev/core';
import { useState } from 'react';
import { useLang } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import type { NamePath } from '../widgets/types';
import { placeServerErrors } from './serverErrors';
import { initialValues, toSubmission } from './submission';

type Values = Record<string, unknown>;

export interface SaveFailure {
  message: string;
  unplaced: string[];
}

/**
 * refine's antd `useForm` for a declared resource. It submits the declaration's writable
 * fields in their stored form; on a failed save it keeps every typed value (no reset, no
 * redirect), puts the server's field errors on the fields, nested paths included, and keeps
 * the failure (message and errors without a field) for the form's alert.
 */
export function useRecordForm(resource: ResourceDef, action: 'create' | 'edit', id?: BaseKey) {
  const lang = useLang();
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const result = useForm<BaseRecord, HttpError, Values>({
    resource: resource.name,
    action,
    id,
    redirect: 'show',
    // We place the errors ourselves (see `placeServerErrors`), after refine's defaults.
    disableServerSideValidation: true,
    onMutationError: (error) => {
      const form = result.form;
      const registered = form.getFieldsError().map((e) => e.name as NamePath);
      const placed = placeServerErrors(resource.fields, error?.errors, registered, lang);
      form.setFields(placed.fields);
      if (placed.fields.length > 0) form.scrollToField(placed.fields[0].name, { block: 'center' });
      setFailure({ message: error?.message ?? '', unplaced: placed.unplaced });
    },
  });
  const loaded = action === 'edit' ? (result.query?.data?.data as Values | undefined) : undefined;
  const onFinish = () => {
    setFailure(null);
    // Every value of the store, not only the mounted items' (a collapsed object is null).
    const values = result.form.getFieldsValue(true) as Values;
    return result.onFinish(toSubmission(resource, values, loaded)).catch((error: unknown) => error);
  };
  return {
    ...result,
    loaded,
    failure,
    clearFailure: () => setFailure(null),
    formProps: {
      ...result.formProps,
      initialValues: action === 'create' ? initialValues(resource) : result.formProps.initialValues,
      onFinish,
    },
  };
}
